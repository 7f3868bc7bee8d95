package dev.itam.m365.persistence;

/**
 * Where the plugin's schema stands: migrated, at {@code version}; or not (yet), and the
 * {@code problem} the last attempt met.
 */
public record SchemaState(boolean migrated, String version, String problem) {

    static SchemaState migrated(String version) {
        return new SchemaState(true, version, null);
    }

    static SchemaState pending(String problem) {
        return new SchemaState(false, null, problem);
    }
}
