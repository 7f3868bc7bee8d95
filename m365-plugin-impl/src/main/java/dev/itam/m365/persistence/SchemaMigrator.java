package dev.itam.m365.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the {@code M365_} tables up to date before anything else of the plugin runs. The schema
 * is owned by versioned migrations, never by JPA, so every database gets the same tables and a
 * host's own tables in the same schema are left alone.
 *
 * <p>A migration that fails (the database refuses it, another instance still holds it after every
 * attempt) does not fail the deployment: the plugin stays deployed, its readiness check says the
 * schema is not migrated and why, and the migration is tried again every {@link #RETRY} until it
 * succeeds. A database that cannot be reached at all fails the deployment before this bean starts:
 * the server's JPA deployer opens an entity manager while it prepares the application.
 */
@Startup
@Singleton
@DataSourceDefinition(
        name = SchemaMigrator.DATA_SOURCE,
        className = "dev.itam.m365.persistence.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        initialPoolSize = 1,
        properties = {
            // A database that restarts leaves dead connections in the pool; validated ones (isValid, at
            // most every 10 s each) are replaced, and one that fails takes the others with it.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=10",
            "fish.payara.fail-all-connections=true"
        })
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

    /** JNDI name of the plugin's data source; the persistence unit refers to it. */
    public static final String DATA_SOURCE = "java:app/jdbc/m365";

    static final Duration RETRY = Duration.ofSeconds(15);

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    private static final int MIGRATION_ATTEMPTS = 5;

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private volatile SchemaState state = SchemaState.pending("The migrations have not run yet.");
    private volatile ScheduledFuture<?> retries;

    @PostConstruct
    void migrate() {
        if (!migrated()) {
            LOG.warning(() -> "The plugin's schema could not be migrated (" + state.problem()
                    + "); the plugin is not ready and tries again every " + RETRY);
            retries = scheduler.scheduleWithFixedDelay(
                    this::retry, RETRY.toMillis(), RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stopRetrying() {
        if (retries != null) {
            retries.cancel(false);
        }
    }

    /** Whether the migrations ran, and at which version the schema is, or why not. */
    public SchemaState state() {
        return state;
    }

    private void retry() {
        if (migrated()) {
            retries.cancel(false);
        } else {
            LOG.info(() -> "Migrating the plugin's schema failed again: " + state.problem());
        }
    }

    private boolean migrated() {
        try {
            MigrateResult result = apply(dataSource);
            // Flyway names a target only when it applied something; an up-to-date schema stays where it was
            String version = Objects.requireNonNullElse(
                    result.targetSchemaVersion, Objects.toString(result.initialSchemaVersion, "0"));
            LOG.info(() -> "Microsoft 365 plugin schema at version " + version + " (" + result.migrationsExecuted
                    + " migrations applied)");
            state = SchemaState.migrated(version);
            return true;
        } catch (RuntimeException e) {
            state = SchemaState.pending(e.getMessage() == null ? e.toString() : e.getMessage());
            return false;
        }
    }

    /**
     * Applies the plugin's migrations to any supported database; tests build their schema with it too.
     * Most scripts serve every database through placeholders; a change of a column's type, which
     * each database words its own way, has one script per database in {@code m365-<vendor>}.
     */
    public static MigrateResult apply(DataSource dataSource) {
        DatabaseVendor vendor = vendor(dataSource);
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/m365", "classpath:db/migration/" + vendor.migrations())
                .table("M365_SCHEMA_HISTORY")
                .placeholders(vendor.placeholders())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        for (int attempt = 1; ; attempt++) {
            try {
                return flyway.migrate();
            } catch (FlywayException e) {
                if (attempt == MIGRATION_ATTEMPTS) {
                    throw e;
                }
                LOG.log(
                        Level.INFO,
                        "Migrating the schema failed, perhaps while another instance migrates it; trying again",
                        e);
                pause(attempt);
            }
        }
    }

    /**
     * Instances started together on a new database race: one creates the history table, the other
     * sees it still empty beside the first tables and refuses to baseline. Once the first is done,
     * a second try finds everything applied.
     */
    private static void pause(int attempt) {
        try {
            Thread.sleep(2_000L * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to migrate the schema again", interrupted);
        }
    }

    private static DatabaseVendor vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseVendor.of(connection.getMetaData());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the plugin's database: " + e.getMessage(), e);
        }
    }
}
