package dev.itam.m365.it;

import java.net.URL;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests of the real plugin WAR in Payara Micro, on the database of the failsafe execution,
 * configured to reach the simulator; they talk to it over HTTP. All classes of an execution share
 * one server ({@link ItPlugin}), so each works on tenants and portals of its own.
 */
abstract class DeployedPlugin {

    /** The plugin's context root. */
    URL deployment;

    PluginClient client;

    @BeforeEach
    void connect() {
        deployment = ItPlugin.url();
        client = new PluginClient(deployment);
    }
}
