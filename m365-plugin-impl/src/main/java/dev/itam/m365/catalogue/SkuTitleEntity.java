package dev.itam.m365.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A title from the product names list an admin uploaded. */
@Entity(name = "SkuTitle")
@Table(name = "M365_SKU_TITLE")
public class SkuTitleEntity {

    public static final int MAX_PART_NUMBER = 200;
    public static final int MAX_TITLE = 300;

    @Id
    @Column(name = "SKU_ID", length = 36)
    private String skuId;

    @Column(name = "PART_NUMBER", nullable = false, length = MAX_PART_NUMBER)
    private String partNumber;

    @Column(name = "TITLE", nullable = false, length = MAX_TITLE)
    private String title;

    protected SkuTitleEntity() {}

    SkuTitleEntity(ProductName name) {
        this.skuId = name.skuId();
        this.partNumber = name.partNumber();
        this.title = name.title();
    }

    ProductName name() {
        return new ProductName(skuId, partNumber, title);
    }
}
