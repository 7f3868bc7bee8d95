package dev.itam.m365.licensing.application;

import dev.itam.m365.licensing.domain.ProductFolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The product folder tree, as far as the import needs it. */
@ApplicationScoped
public class ProductFolders {

    /** The root folder every portal's products are created under. */
    public static final String IMPORT_ROOT = "Microsoft 365";

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    /** {@code Microsoft 365 / <portal name>}, created when missing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProductFolder importFolder(String portalName) {
        return child(child(null, IMPORT_ROOT), portalName);
    }

    private ProductFolder child(ProductFolder parent, String name) {
        var query = em.createQuery(
                        "select f from ProductFolder f where f.name = :name and "
                                + (parent == null ? "f.parent is null" : "f.parent = :parent"),
                        ProductFolder.class)
                .setParameter("name", name);
        if (parent != null) {
            query.setParameter("parent", parent);
        }
        return query.getResultStream().findFirst().orElseGet(() -> {
            ProductFolder folder = new ProductFolder(parent, name);
            em.persist(folder);
            return folder;
        });
    }
}
