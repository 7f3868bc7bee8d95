package dev.itam.m365.licensing.domain;

import dev.itam.m365.persistence.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A folder of the product tree, e.g. {@code Microsoft 365 / Contoso}. */
@Entity(name = "ProductFolder")
@Table(name = "M365_PRODUCT_FOLDER")
public class ProductFolder extends PersistentEntity {

    public static final int MAX_NAME = 200;

    @ManyToOne
    @JoinColumn(name = "PARENT_ID")
    private ProductFolder parent;

    @Column(name = "NAME", nullable = false, length = MAX_NAME)
    private String name;

    protected ProductFolder() {}

    public ProductFolder(ProductFolder parent, String name) {
        this.parent = parent;
        this.name = name;
    }

    public ProductFolder parent() {
        return parent;
    }

    public String name() {
        return name;
    }
}
