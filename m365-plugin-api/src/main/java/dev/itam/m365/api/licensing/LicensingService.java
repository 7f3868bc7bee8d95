package dev.itam.m365.api.licensing;

import java.util.List;

/**
 * Products and folders. Imported products are read-only because the tenant leads (M-6): an admin
 * may move one to another folder, which later imports respect, and may delete one only when it
 * cannot be synchronised any more.
 */
public interface LicensingService {

    List<Product> products();

    List<Folder> folders();

    Folder createFolder(Long parentId, String name);

    /**
     * Creates a product by hand.
     *
     * @param consumerType one that is {@linkplain ConsumerType#selectableByHand() selectable by hand}:
     *                     {@code MICROSOFT_365} is reserved to the import (M-7)
     * @throws dev.itam.m365.api.InvalidInputException when the name is blank or too long, or the
     *                                                 consumer type is missing or reserved
     */
    Product createProduct(String name, long folderId, ConsumerType consumerType);

    Product moveProduct(long productId, long folderId);

    /**
     * Deletes a product with its licence, consumer assignments and compliance result.
     *
     * @throws dev.itam.m365.api.ConflictException when the product is imported and still synchronised
     */
    void deleteProduct(long productId);
}
