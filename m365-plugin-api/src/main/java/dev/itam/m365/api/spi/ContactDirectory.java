package dev.itam.m365.api.spi;

import java.util.Optional;

/**
 * The host's contact master data. The plugin keeps its own contact per licensed user either way;
 * a host that has its own contacts names, for each imported user, the key of its contact, and the
 * plugin stores that key with its contact (and returns it with every consumer), so the host's
 * licence management can count the consumption against its own records.
 *
 * <p>Register an implementation in {@code META-INF/services/dev.itam.m365.api.spi.ContactDirectory}
 * on the plugin's class path. Without one, the plugin's own contacts are used alone.
 */
public interface ContactDirectory {

    /**
     * The key of the host's contact for this user, or empty when the host has none (the plugin's
     * contact then stands alone). Called after each import for the users it created or changed.
     */
    Optional<String> hostContactId(ImportedUser user);
}
