package dev.itam.m365.api.importing;

import dev.itam.m365.api.portal.PortalDraft;
import java.util.List;

/**
 * Talks to a tenant on an admin's behalf: tests the connection and lists its licences, for a
 * stored portal or for connection data not saved yet (the wizard). With a portal id, a draft
 * without credential uses the portal's stored one.
 */
public interface TenantConnections {

    ConnectionCheck test(long portalId);

    ConnectionCheck test(PortalDraft draft, Long portalId);

    /** @throws dev.itam.m365.api.PluginException with an admin's sentence when the tenant cannot be read */
    List<TenantLicence> licences(long portalId);

    List<TenantLicence> licences(PortalDraft draft, Long portalId);
}
