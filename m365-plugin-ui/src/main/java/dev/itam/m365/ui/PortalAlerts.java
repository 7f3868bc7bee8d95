package dev.itam.m365.ui;

import dev.itam.m365.api.portal.PortalService;
import dev.itam.m365.api.portal.PortalWarning;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The portals' warnings for the banner above every page that shows their figures: expiring credentials, stale data. */
@Named
@RequestScoped
public class PortalAlerts {

    @Inject
    PortalService portals;

    private List<PortalWarning> warnings;

    public List<PortalWarning> getWarnings() {
        if (warnings == null) {
            warnings = portals.list().stream()
                    .flatMap(portal -> portal.warnings().stream())
                    .toList();
        }
        return warnings;
    }
}
