package dev.itam.m365.it;

import java.io.File;
import java.net.URL;
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

    @BeforeEach
    void connect() {
        client = new PluginClient(deployment);
    }
}
