package dev.itam.m365.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One entry of {@code m365.security.users}: {@code name:password:role[|role]}. The password may be
 * a PBKDF2 hash as produced by Jakarta Security's {@code Pbkdf2PasswordHash} (it starts with
 * {@code PBKDF2}); anything else is compared as plain text, which suits demos only.
 */
record ConfiguredUser(String name, String password, Set<String> roles) {

    static ConfiguredUser parse(String entry) {
        String[] parts = entry.strip().split(":", 3);
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isEmpty() || parts[2].isBlank()) {
            throw new IllegalArgumentException("An entry of m365.security.users must read name:password:role[|role]"
                    + " but one reads '" + (parts.length > 0 ? parts[0] : "") + ":…'");
        }
        Set<String> roles = Arrays.stream(parts[2].split("\\|")).map(String::strip).collect(Collectors.toSet());
        return new ConfiguredUser(parts[0].strip(), parts[1], roles);
    }

    boolean passwordIsHashed() {
        return password.startsWith("PBKDF2");
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "ConfiguredUser[name=" + name + ", roles=" + roles + "]";
    }
}
