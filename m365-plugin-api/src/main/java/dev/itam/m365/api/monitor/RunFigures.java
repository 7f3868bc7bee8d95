package dev.itam.m365.api.monitor;

/**
 * What a run did, figure by figure: the import's counts, and for recalculations the number of
 * licences whose compliance was computed.
 */
public record RunFigures(
        int skusRead,
        int licencesCreated,
        int licencesUpdated,
        int productsCreated,
        int productsUpdated,
        int contactsCreated,
        int contactsUpdated,
        int assignmentsCreated,
        int assignmentsRemoved,
        int unsynchronisable,
        int licencesRecalculated) {}
