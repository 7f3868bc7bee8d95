package dev.itam.m365.operations.application;

import dev.itam.m365.persistence.SchemaMigrator;
import dev.itam.m365.persistence.SchemaState;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: DOWN while the schema's migrations have not run, or the database does not answer. Every
 * page and call needs both, so a server without them should get no traffic; a restart would not help
 * (the migrations are retried on their own), so liveness does not look at the database.
 */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    static final String NAME = "m365-database";
    private static final int VALIDATION_SECONDS = 5;

    @Inject
    SchemaMigrator migrator;

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        SchemaState schema = migrator.state();
        return response(schema, schema.migrated() ? unreachable() : Optional.empty());
    }

    /** @param unreachable why the database did not answer; empty when it did, or was not asked */
    static HealthCheckResponse response(SchemaState schema, Optional<String> unreachable) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("migrated", schema.migrated());
        if (schema.migrated()) {
            data.put("schemaVersion", schema.version());
        } else {
            data.put("problem", schema.problem());
        }
        unreachable.ifPresent(problem -> data.put("problem", "The database does not answer: " + problem));
        boolean ready = schema.migrated() && unreachable.isEmpty();
        return new HealthCheckResponse(NAME, ready ? Status.UP : Status.DOWN, Optional.of(data));
    }

    private Optional<String> unreachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS)
                    ? Optional.empty()
                    : Optional.of("its connection did not validate within " + VALIDATION_SECONDS + " s");
        } catch (SQLException e) {
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
