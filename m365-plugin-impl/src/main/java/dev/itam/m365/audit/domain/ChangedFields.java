package dev.itam.m365.audit.domain;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The names of the fields an edit changed, found by comparing before and after. Only names are
 * kept, so a secret compared here (as its ciphertext) never reaches the log.
 */
public final class ChangedFields {

    private final SortedSet<String> names = new TreeSet<>();

    /** Notes {@code field} when its value before differs from after. */
    public ChangedFields compare(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            names.add(field);
        }
        return this;
    }

    public ChangedFields addAll(ChangedFields other) {
        names.addAll(other.names);
        return this;
    }

    /** In alphabetical order. */
    public List<String> names() {
        return List.copyOf(names);
    }
}
