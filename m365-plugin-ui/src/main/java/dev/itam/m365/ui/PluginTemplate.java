package dev.itam.m365.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.Config;

/**
 * The Facelets template every page uses: the plugin's own, or a host's named by
 * {@code m365.ui.template} (a path inside this application, e.g. a template the host adds to the
 * WAR), which must offer the insert points {@code metadata} (outside the head),
 * {@code title} and {@code content}.
 */
@Named
@ApplicationScoped
public class PluginTemplate {

    static final String DEFAULT = "/WEB-INF/templates/plugin.xhtml";

    @Inject
    Config config;

    public String getPath() {
        return config.getOptionalValue("m365.ui.template", String.class).orElse(DEFAULT);
    }
}
