package dev.itam.m365.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The connection factory behind the plugin's pooled data source. It reads the JDBC URL from
 * MicroProfile Config when the pool first asks for a connection, so one WAR runs on H2, PostgreSQL
 * or MariaDB without editing server configuration, and defaults packaged in the WAR apply.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile DatabaseSettings settings;
    private PrintWriter logWriter;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(null, null);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        DatabaseSettings current = settings();
        Connection connection = current.driver().connect(current.url(), current.connectionProperties(user, password));
        if (connection == null) {
            throw new SQLException("The JDBC driver refused the URL " + current.url());
        }
        return connection;
    }

    private DatabaseSettings settings() throws SQLException {
        DatabaseSettings current = settings;
        if (current == null) {
            ClassLoader loader = ConfiguredDataSource.class.getClassLoader();
            current = DatabaseSettings.from(ConfigProvider.getConfig(loader), loader);
            settings = current;
        }
        return current;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("No parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
