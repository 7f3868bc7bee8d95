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

    /** Splits at the first and the last colon, so passwords (and PBKDF2 hashes) may contain colons. */
    static ConfiguredUser parse(String entry) {
        String text = entry.strip();
        int nameEnd = text.indexOf(':');
        int rolesStart = text.lastIndexOf(':');
        if (nameEnd <= 0 || rolesStart <= nameEnd + 1 || rolesStart == text.length() - 1) {
            throw new IllegalArgumentException("An entry of m365.security.users must read name:password:role[|role]"
                    + " but one reads '" + (nameEnd > 0 ? text.substring(0, nameEnd) : "") + ":…'");
        }
        Set<String> roles = Arrays.stream(text.substring(rolesStart + 1).split("\\|"))
                .map(String::strip)
                .collect(Collectors.toSet());
        return new ConfiguredUser(text.substring(0, nameEnd), text.substring(nameEnd + 1, rolesStart), roles);
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
