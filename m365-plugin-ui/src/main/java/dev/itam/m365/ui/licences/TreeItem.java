package dev.itam.m365.ui.licences;

import dev.itam.m365.api.licensing.Folder;
import dev.itam.m365.api.licensing.Product;
import java.io.Serializable;

/** A folder or a product as a node of the product tree. */
public record TreeItem(boolean folder, long id, String name, Long folderId, String folderPath, String origin,
        String syncStatus, String syncProblem) implements Serializable {

    static TreeItem of(Folder folder) {
        return new TreeItem(true, folder.id(), folder.name(), folder.parentId(), folder.path(), null, null, null);
    }

    static TreeItem of(Product product) {
        return new TreeItem(false, product.id(), product.name(), product.folderId(), product.folderPath(),
                product.origin(), product.syncStatus(), product.syncProblem());
    }

    /** The folder a product dropped onto this node goes to. */
    long dropFolderId() {
        return folder ? id : folderId;
    }

    public boolean isDeletable() {
        return !folder && ("MANUAL".equals(origin) || "CANNOT_BE_SYNCHRONISED".equals(syncStatus));
    }
}
