package dev.itam.m365.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A title from the product names list an admin uploaded. */
@Entity(name = "SkuTitle")
@Table(name = "M365_SKU_TITLE")
public class SkuTitleEntity {

    @Id
    @Column(name = "SKU_ID", length = 36)
    private String skuId;

    @Column(name = "PART_NUMBER", nullable = false, length = 100)
    private String partNumber;

    @Column(name = "TITLE", nullable = false, length = 300)
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
