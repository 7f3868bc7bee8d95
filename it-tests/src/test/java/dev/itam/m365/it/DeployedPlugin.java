package dev.itam.m365.it;

import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real plugin WAR deployed into Payara Micro by Arquillian, on the database of the failsafe
 * execution, configured to reach the simulator; tests talk to it over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedPlugin {

    @Deployment(testable = false)
    static WebArchive plugin() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL deployment;

    PluginClient client;

    /**
     * Waits until the plugin's context answers: Payara Micro reports the deployment before its web
     * context always takes requests, and a first request then got Payara's own 404.
     */
    @BeforeEach
    void connect() throws InterruptedException {
        client = new PluginClient(deployment);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (client.get("api/portals", PluginClient.Login.NOBODY).status() == 404) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The plugin's web context at " + deployment
                        + " still answered 404 two minutes after Payara Micro reported it deployed");
            }
            Thread.sleep(250);
        }
    }
}
