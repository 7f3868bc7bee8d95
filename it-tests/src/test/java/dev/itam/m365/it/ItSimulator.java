package dev.itam.m365.it;

import dev.itam.m365.simulator.GraphSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the Graph simulator in the test JVM before Payara Micro starts, on the port and with the
 * trust store the plugin was configured with (failsafe's system properties), and stops it at the end.
 * Tests change its tenants and inject faults directly.
 */
public class ItSimulator implements LauncherSessionListener {

    private static GraphSimulator simulator;

    public static GraphSimulator get() {
        if (simulator == null) {
            throw new IllegalStateException(
                    "The simulator runs only in failsafe executions (it.simulator.port is unset)");
        }
        return simulator;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.simulator.port");
        if (port == null || simulator != null) {
            return;
        }
        try {
            simulator = GraphSimulator.start(Integer.parseInt(port));
            simulator.tls().writeTrustStore(Path.of(System.getProperty("it.trust.store")), "changeit".toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Graph simulator on port " + port, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
