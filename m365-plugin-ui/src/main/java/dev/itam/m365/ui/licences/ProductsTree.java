package dev.itam.m365.ui.licences;

import dev.itam.m365.api.licensing.Folder;
import dev.itam.m365.api.licensing.LicensingService;
import dev.itam.m365.api.licensing.Product;
import dev.itam.m365.ui.AdminRole;
import dev.itam.m365.ui.Messages;
import dev.itam.m365.ui.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.event.TreeDragDropEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Products in their folders. An admin drags a product to another folder (later imports leave it
 * there), adds folders, and deletes products made by hand or no longer synchronised. Imported data
 * is otherwise read-only: the tenant leads. The tree moves a dropped node itself, so it is read
 * again after every drop, whatever the outcome.
 */
@Named
@ViewScoped
public class ProductsTree implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FOLDER = "folder";
    private static final String PRODUCT = "product";

    @Inject
    LicensingService licensing;

    private TreeNode<TreeItem> root;
    private TreeNode<TreeItem> selected;
    private String newFolderName;

    @PostConstruct
    void load() {
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<TreeItem>> folders = new HashMap<>();
        licensing.folders().stream()
                .sorted(Comparator.comparing(Folder::path, String.CASE_INSENSITIVE_ORDER))
                .forEach(folder -> {
                    TreeNode<TreeItem> node = new DefaultTreeNode<>(
                            FOLDER,
                            TreeItem.of(folder),
                            folder.parentId() == null ? root : folders.getOrDefault(folder.parentId(), root));
                    node.setExpanded(true);
                    folders.put(folder.id(), node);
                });
        licensing.products().stream()
                .sorted(Comparator.comparing(Product::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(product -> new DefaultTreeNode<>(
                        PRODUCT, TreeItem.of(product), folders.getOrDefault(product.folderId(), root)));
        selected = null;
    }

    /** A product dropped onto a folder, or onto a product in it, moves to that folder. */
    public void onDrop(TreeDragDropEvent event) {
        if (!AdminRole.check()) {
            return;
        }
        TreeItem dragged = (TreeItem) event.getDragNode().getData();
        TreeItem target = (TreeItem) event.getDropNode().getData();
        try {
            if (dragged == null || dragged.folder() || target == null) {
                Messages.warn(Texts.text("products.dropOnFolder"));
            } else {
                Product moved = licensing.moveProduct(dragged.id(), target.dropFolderId());
                Messages.info(Texts.text("products.moved", moved.name(), moved.folderPath()));
            }
        } finally {
            load();
        }
    }

    /** Creates a folder inside the selected folder (or the selected product's), else at the top. */
    public void createFolder() {
        if (!AdminRole.check()) {
            return;
        }
        Long parentId = selected == null ? null : selected.getData().dropFolderId();
        Folder folder = licensing.createFolder(parentId, newFolderName);
        Messages.info(Texts.text("products.folderCreated", folder.path()));
        newFolderName = null;
        load();
    }

    public void deleteSelected() {
        if (!AdminRole.check()) {
            return;
        }
        TreeItem product = selected.getData();
        licensing.deleteProduct(product.id());
        Messages.info(Texts.text("products.deleted", product.name()));
        load();
    }

    public TreeNode<TreeItem> getRoot() {
        return root;
    }

    public TreeNode<TreeItem> getSelected() {
        return selected;
    }

    public void setSelected(TreeNode<TreeItem> selected) {
        this.selected = selected;
    }

    public TreeItem getSelectedItem() {
        return selected == null ? null : selected.getData();
    }

    public String getNewFolderName() {
        return newFolderName;
    }

    public void setNewFolderName(String newFolderName) {
        this.newFolderName = newFolderName;
    }
}
