package dev.itam.m365.licensing.domain;

import dev.itam.m365.api.licensing.ConsumerType;
import dev.itam.m365.api.licensing.ProductOrigin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A product of licence management. An imported one belongs to exactly one licence and is named
 * {@code <portal name> <licence title>}; only its folder may be changed by an admin (M-6).
 */
@Entity(name = "Product")
@Table(name = "M365_PRODUCT")
public class ProductEntity extends SynchronisedEntity {

    public static final int MAX_NAME = 500;

    @OneToOne
    @JoinColumn(name = "LICENCE_ID")
    private LicenceEntity licence;

    @Column(name = "NAME", nullable = false, length = MAX_NAME)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "FOLDER_ID")
    private ProductFolder folder;

    @Enumerated(EnumType.STRING)
    @Column(name = "ORIGIN", nullable = false, length = 20)
    private ProductOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "CONSUMER_TYPE", nullable = false, length = 30)
    private ConsumerType consumerType;

    protected ProductEntity() {}

    /** The product the import creates for a licence. */
    public static ProductEntity importedFor(LicenceEntity licence, ProductFolder folder) {
        ProductEntity product = new ProductEntity();
        product.licence = licence;
        product.name = licence.sourceName() + " " + licence.title();
        product.folder = folder;
        product.origin = ProductOrigin.IMPORTED;
        product.consumerType = ConsumerType.MICROSOFT_365;
        return product;
    }

    /** A product an admin creates by hand; the Microsoft 365 consumer type is reserved to the import (M-7). */
    public static ProductEntity manual(String name, ProductFolder folder, ConsumerType consumerType) {
        if (!consumerType.selectableByHand()) {
            throw new IllegalArgumentException("The consumer type " + consumerType
                    + " is set by the Microsoft 365 import only; choose another one.");
        }
        ProductEntity product = new ProductEntity();
        product.name = name;
        product.folder = folder;
        product.origin = ProductOrigin.MANUAL;
        product.consumerType = consumerType;
        return product;
    }

    /**
     * Follows its licence after an import: name from portal and title, synchronised again. The
     * folder is left alone, so a product an admin moved stays where it is.
     *
     * @return whether anything changed
     */
    public boolean refresh() {
        String expectedName = licence.sourceName() + " " + licence.title();
        boolean renamed = !expectedName.equals(name);
        name = expectedName;
        return synchronise() || renamed;
    }

    /** An admin may file any product, imported or not, in another folder. */
    public void moveTo(ProductFolder target) {
        this.folder = target;
    }

    public LicenceEntity licence() {
        return licence;
    }

    public String name() {
        return name;
    }

    public ProductFolder folder() {
        return folder;
    }

    public ProductOrigin origin() {
        return origin;
    }

    public ConsumerType consumerType() {
        return consumerType;
    }
}
