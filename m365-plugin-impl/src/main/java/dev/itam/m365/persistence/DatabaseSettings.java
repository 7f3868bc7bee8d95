package dev.itam.m365.persistence;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import org.eclipse.microprofile.config.Config;

/**
 * The database connection an operator configured ({@code m365.db.url}, {@code m365.db.user},
 * {@code m365.db.password}) and the bundled JDBC driver that accepts its URL.
 */
record DatabaseSettings(String url, Optional<String> user, Optional<String> password, Driver driver) {

    static DatabaseSettings from(Config config, ClassLoader drivers) throws SQLException {
        String url = config.getValue("m365.db.url", String.class);
        return new DatabaseSettings(
                url,
                config.getOptionalValue("m365.db.user", String.class),
                config.getOptionalValue("m365.db.password", String.class),
                driverFor(url, drivers));
    }

    private static Driver driverFor(String url, ClassLoader drivers) throws SQLException {
        for (Driver driver : ServiceLoader.load(Driver.class, drivers)) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        throw new SQLException("No bundled JDBC driver accepts m365.db.url '" + url
                + "'. Use a URL starting with jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:.");
    }

    Properties connectionProperties(String userOverride, String passwordOverride) {
        Properties properties = new Properties();
        Optional.ofNullable(userOverride).or(this::user).ifPresent(u -> properties.setProperty("user", u));
        Optional.ofNullable(passwordOverride).or(this::password).ifPresent(p -> properties.setProperty("password", p));
        return properties;
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user.orElse("") + "]";
    }
}
