package dev.itam.m365.api.monitor;

/** What an import run did, figure by figure. */
public record ImportFigures(
        int skusRead,
        int licencesCreated,
        int licencesUpdated,
        int productsCreated,
        int productsUpdated,
        int contactsCreated,
        int contactsUpdated,
        int assignmentsCreated,
        int assignmentsRemoved,
        int unsynchronisable) {
}
