package dev.itam.m365.ui.licences;

import dev.itam.m365.api.licensing.Folder;
import dev.itam.m365.api.licensing.Product;
import dev.itam.m365.api.licensing.ProductOrigin;
import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.api.licensing.SyncStatus;
import java.io.Serializable;

/** A folder or a product as a node of the product tree. */
public record TreeItem(
        boolean folder,
        long id,
        String name,
        Long folderId,
        String folderPath,
        ProductOrigin origin,
        SyncStatus syncStatus,
        SyncProblem syncProblem)
        implements Serializable {

    static TreeItem of(Folder folder) {
        return new TreeItem(true, folder.id(), folder.name(), folder.parentId(), folder.path(), null, null, null);
    }

    static TreeItem of(Product product) {
        return new TreeItem(
                false,
                product.id(),
                product.name(),
                product.folderId(),
                product.folderPath(),
                product.origin(),
                product.syncStatus(),
                product.syncProblem());
    }

    /** The folder a product dropped onto this node goes to. */
    long dropFolderId() {
        return folder ? id : folderId;
    }

    public boolean isDeletable() {
        return !folder && (origin == ProductOrigin.MANUAL || syncStatus == SyncStatus.CANNOT_BE_SYNCHRONISED);
    }
}
