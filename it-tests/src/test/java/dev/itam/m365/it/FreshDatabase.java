package dev.itam.m365.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every failsafe execution an empty database and data directory before Payara Micro starts,
 * so the migrations run from scratch on each database and earlier runs leave nothing behind.
 */
public class FreshDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("it.db.url") == null) {
            return;
        }
        deleteDirectory(Path.of(System.getProperty("it.data.dir")));
        if (!"h2".equals(ItDatabase.kind())) {
            recreateServerDatabase();
        }
    }

    private static void recreateServerDatabase() {
        try (Connection connection = ItDatabase.connectToServer();
                Statement statement = connection.createStatement()) {
            if ("postgresql".equals(ItDatabase.kind())) {
                statement.execute("DROP DATABASE IF EXISTS m365_it WITH (FORCE)");
                statement.execute("CREATE DATABASE m365_it ENCODING 'UTF8'");
            } else {
                statement.execute("DROP DATABASE IF EXISTS m365_it");
                statement.execute("CREATE DATABASE m365_it CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot prepare the " + ItDatabase.kind() + " test database at " + ItDatabase.url() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private static void deleteDirectory(Path directory) {
        if (Files.notExists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
