package dev.itam.m365.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The plugin WAR in one Payara Micro per failsafe execution, started by the first test that needs
 * it and stopped when the execution ends. One server for all test classes of a database, not one
 * per class (as Arquillian's Payara Micro container does it): a start costs about half a minute, and
 * the classes already shared the database and the simulator, so isolation came from their own
 * tenants and portals, not from the restart.
 */
public class ItPlugin implements LauncherSessionListener {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private static PayaraNode node;
    private static URL url;
    private static RuntimeException failedStart;

    /**
     * The plugin's context root ({@code http://127.0.0.1:port/m365/}), starting the server once; a
     * start that failed fails every later caller at once instead of waiting for it again.
     */
    static synchronized URL url() {
        if (failedStart != null) {
            throw failedStart;
        }
        if (url == null) {
            try {
                url = start();
            } catch (RuntimeException e) {
                failedStart = e;
                throw e;
            }
        }
        return url;
    }

    private static URL start() {
        String database = System.getProperty("it.database");
        String options = System.getProperty("it.server.options");
        if (database == null || options == null) {
            throw new IllegalStateException(
                    "The shared plugin runs only in failsafe executions (it.database is unset)");
        }
        List<String> systemProperties =
                Arrays.stream(options.trim().split("\\s+")).toList();
        Path log = Path.of(System.getProperty("it.data.dir")).resolveSibling("payara-" + database + ".log");
        try {
            node = PayaraNode.start("it-" + database, PayaraNode.freePort(), systemProperties, log);
            node.awaitReady(START_TIMEOUT);
            return node.url("m365/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Payara Micro with the plugin (log: " + log + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Payara Micro started (log: " + log + ")", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (ItPlugin.class) {
            if (node != null) {
                node.close();
                node = null;
                url = null;
            }
        }
    }
}
