package dev.itam.m365.monitor.domain;

import dev.itam.m365.api.monitor.ImportFigures;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

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

    protected ImportCounts() {
    }

    public ImportCounts(int skusRead, int licencesCreated, int licencesUpdated, int productsCreated, int productsUpdated,
            int contactsCreated, int contactsUpdated, int assignmentsCreated, int assignmentsRemoved,
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

    public ImportFigures figures() {
        return new ImportFigures(skusRead, licencesCreated, licencesUpdated, productsCreated, productsUpdated,
                contactsCreated, contactsUpdated, assignmentsCreated, assignmentsRemoved, unsynchronisable);
    }

    public static ImportCounts none() {
        return new ImportCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public int skusRead() {
        return skusRead;
    }

    public int licencesCreated() {
        return licencesCreated;
    }

    public int licencesUpdated() {
        return licencesUpdated;
    }

    public int productsCreated() {
        return productsCreated;
    }

    public int productsUpdated() {
        return productsUpdated;
    }

    public int contactsCreated() {
        return contactsCreated;
    }

    public int contactsUpdated() {
        return contactsUpdated;
    }

    public int assignmentsCreated() {
        return assignmentsCreated;
    }

    public int assignmentsRemoved() {
        return assignmentsRemoved;
    }

    public int unsynchronisable() {
        return unsynchronisable;
    }
}
