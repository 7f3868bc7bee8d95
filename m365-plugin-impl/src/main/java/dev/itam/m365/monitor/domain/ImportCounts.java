package dev.itam.m365.monitor.domain;

import dev.itam.m365.api.importing.ImportMode;
import dev.itam.m365.api.monitor.RunFigures;
import dev.itam.m365.api.monitor.TenantReading;
import dev.itam.m365.graph.GraphCalls;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What one import run did, figure by figure. */
@Embeddable
public class ImportCounts {

    @Column(name = "SKUS_READ", nullable = false)
    private int skusRead;

    @Column(name = "LICENCES_CREATED", nullable = false)
    private int licencesCreated;

    @Column(name = "LICENCES_UPDATED", nullable = false)
    private int licencesUpdated;

    @Column(name = "PRODUCTS_CREATED", nullable = false)
    private int productsCreated;

    @Column(name = "PRODUCTS_UPDATED", nullable = false)
    private int productsUpdated;

    @Column(name = "CONTACTS_CREATED", nullable = false)
    private int contactsCreated;

    @Column(name = "CONTACTS_UPDATED", nullable = false)
    private int contactsUpdated;

    @Column(name = "ASSIGNMENTS_CREATED", nullable = false)
    private int assignmentsCreated;

    @Column(name = "ASSIGNMENTS_REMOVED", nullable = false)
    private int assignmentsRemoved;

    @Column(name = "UNSYNCHRONISABLE", nullable = false)
    private int unsynchronisable;

    @Column(name = "LICENCES_RECALCULATED", nullable = false)
    private int licencesRecalculated;

    @Column(name = "SNAPSHOTS_REMOVED", nullable = false)
    private int snapshotsRemoved;

    @Column(name = "NOTICE", length = MAX_NOTICE)
    private String notice;

    /** How an import read the users; null for a recalculation. */
    @Enumerated(EnumType.STRING)
    @Column(name = "IMPORT_MODE", length = 16)
    private ImportMode importMode;

    @Column(name = "GRAPH_REQUESTS", nullable = false)
    private int graphRequests;

    @Column(name = "RESOURCE_UNITS", nullable = false)
    private int resourceUnits;

    @Column(name = "THROTTLED_RESPONSES", nullable = false)
    private int throttledResponses;

    @Column(name = "PAUSED_MILLIS", nullable = false)
    private long pausedMillis;

    private static final int MAX_NOTICE = 1000;

    protected ImportCounts() {}

    public ImportCounts(
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
        this.skusRead = skusRead;
        this.licencesCreated = licencesCreated;
        this.licencesUpdated = licencesUpdated;
        this.productsCreated = productsCreated;
        this.productsUpdated = productsUpdated;
        this.contactsCreated = contactsCreated;
        this.contactsUpdated = contactsUpdated;
        this.assignmentsCreated = assignmentsCreated;
        this.assignmentsRemoved = assignmentsRemoved;
        this.unsynchronisable = unsynchronisable;
    }

    public RunFigures figures() {
        return new RunFigures(
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
                snapshotsRemoved);
    }

    /** The figures of two runs, or of several portals in one run, added up. */
    public ImportCounts plus(ImportCounts other) {
        ImportCounts sum = new ImportCounts(
                skusRead + other.skusRead,
                licencesCreated + other.licencesCreated,
                licencesUpdated + other.licencesUpdated,
                productsCreated + other.productsCreated,
                productsUpdated + other.productsUpdated,
                contactsCreated + other.contactsCreated,
                contactsUpdated + other.contactsUpdated,
                assignmentsCreated + other.assignmentsCreated,
                assignmentsRemoved + other.assignmentsRemoved,
                unsynchronisable + other.unsynchronisable);
        sum.licencesRecalculated = licencesRecalculated + other.licencesRecalculated;
        sum.snapshotsRemoved = snapshotsRemoved + other.snapshotsRemoved;
        sum.importMode = importMode == null ? other.importMode : importMode;
        sum.graphRequests = graphRequests + other.graphRequests;
        sum.resourceUnits = resourceUnits + other.resourceUnits;
        sum.throttledResponses = throttledResponses + other.throttledResponses;
        sum.pausedMillis = pausedMillis + other.pausedMillis;
        sum.notice =
                notice == null ? other.notice : other.notice == null ? notice : fitted(notice + " " + other.notice);
        return sum;
    }

    /** These figures with what the run could not read though it succeeded (null: nothing). */
    public ImportCounts withNotice(String text) {
        ImportCounts noted = plus(none());
        noted.notice = text == null ? null : fitted(text);
        return noted;
    }

    /** These figures with how the import read the tenant: its mode, and what it asked of Graph. */
    public ImportCounts withReading(ImportMode mode, GraphCalls graph) {
        ImportCounts read = plus(none());
        read.importMode = mode;
        read.graphRequests = graph.requests();
        read.resourceUnits = graph.resourceUnits();
        read.throttledResponses = graph.throttledResponses();
        read.pausedMillis = graph.pausedMillis();
        return read;
    }

    /** How the run read its tenant, or null for a run that read none. */
    public TenantReading reading() {
        return importMode == null
                ? null
                : new TenantReading(
                        importMode == ImportMode.INCREMENTAL,
                        graphRequests,
                        resourceUnits,
                        throttledResponses,
                        pausedMillis);
    }

    /** What the run could not read though it succeeded, or null. */
    public String notice() {
        return notice;
    }

    private static String fitted(String text) {
        return text.length() <= MAX_NOTICE ? text : text.substring(0, MAX_NOTICE);
    }

    /** A recalculation's figure. */
    public static ImportCounts recalculated(int licences) {
        ImportCounts counts = none();
        counts.licencesRecalculated = licences;
        return counts;
    }

    /** A history roll-up's figure. */
    public static ImportCounts rolledUp(int snapshotsRemoved) {
        ImportCounts counts = none();
        counts.snapshotsRemoved = snapshotsRemoved;
        return counts;
    }

    public static ImportCounts none() {
        return new ImportCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
