package dev.itam.m365.api.monitor;

/**
 * What a run did, figure by figure: the import's counts, and for recalculations the number of
 * licences whose compliance was computed, for history roll-ups the snapshots they removed.
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
        int licencesRecalculated,
        int snapshotsRemoved) {

    /** The figures of a run that removed no snapshots, as hosts built them before roll-ups were runs. */
    public RunFigures(
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
            int licencesRecalculated) {
        this(
                skusRead,
                licencesCreated,
                licencesUpdated,
                productsCreated,
                productsUpdated,
                contactsCreated,
                contactsUpdated,
                assignmentsCreated,
                assignmentsRemoved,
                unsynchronisable,
                licencesRecalculated,
                0);
    }
}
