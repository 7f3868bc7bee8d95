package dev.itam.m365.licensing.application;

import dev.itam.m365.api.ConflictException;
import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.licensing.ConsumerType;
import dev.itam.m365.api.licensing.Folder;
import dev.itam.m365.api.licensing.LicensingService;
import dev.itam.m365.api.licensing.Product;
import dev.itam.m365.api.licensing.ProductOrigin;
import dev.itam.m365.licensing.domain.ProductEntity;
import dev.itam.m365.licensing.domain.ProductFolder;
import dev.itam.m365.persistence.ReportsConcurrentChanges;
import dev.itam.m365.persistence.StoredText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Products and folders as admins manage them; imported data stays as the tenant says. */
@ApplicationScoped
@ReportsConcurrentChanges
@Transactional
public class LicensingManager implements LicensingService {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Product> products() {
        return em.createQuery("select p from Product p order by p.name", ProductEntity.class)
                .getResultStream()
                .map(LicensingManager::view)
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Folder> folders() {
        return em.createQuery("select f from ProductFolder f", ProductFolder.class)
                .getResultStream()
                .map(LicensingManager::view)
                .sorted((a, b) -> a.path().compareToIgnoreCase(b.path()))
                .toList();
    }

    @Override
    public Folder createFolder(Long parentId, String name) {
        String trimmed = name(name, "folder", ProductFolder.MAX_NAME);
        ProductFolder parent = parentId == null ? null : folder(parentId);
        boolean taken = folders().stream()
                .anyMatch(
                        f -> Objects.equals(f.parentId(), parentId) && f.name().equalsIgnoreCase(trimmed));
        if (taken) {
            throw new ConflictException(List.of(Violation.coded(
                    "name",
                    "folder.name.taken",
                    "This folder already has a sub-folder named '" + trimmed + "'.",
                    trimmed)));
        }
        ProductFolder folder = new ProductFolder(parent, trimmed);
        em.persist(folder);
        em.flush();
        return view(folder);
    }

    @Override
    public Product createProduct(String name, long folderId, ConsumerType consumerType) {
        String trimmed = name(name, "product", ProductEntity.MAX_NAME);
        if (consumerType == null || !consumerType.selectableByHand()) {
            throw new InvalidInputException(
                    List.of(consumerType == null ? ConsumerTypes.missing() : ConsumerTypes.reserved(consumerType)));
        }
        ProductEntity product = ProductEntity.manual(trimmed, folder(folderId), consumerType);
        em.persist(product);
        em.flush();
        return view(product);
    }

    @Override
    public Product moveProduct(long productId, long folderId) {
        ProductEntity product = product(productId);
        product.moveTo(folder(folderId));
        return view(product);
    }

    @Override
    public void deleteProduct(long productId) {
        ProductEntity product = product(productId);
        if (product.origin() == ProductOrigin.IMPORTED && product.sync().isSynchronised()) {
            throw new ConflictException(List.of(Violation.coded(
                    "product",
                    "product.delete.imported",
                    "'" + product.name() + "' is imported from"
                            + " Microsoft 365 and still synchronised; the tenant decides about it. Exclude its licence in the portal"
                            + " or remove it in the tenant first.",
                    product.name())));
        }
        if (product.licence() != null) {
            em.remove(product.licence());
        }
        em.remove(product);
    }

    /** The name stripped, or refused when empty, too long for its column or not one line of visible characters. */
    private static String name(String name, String what, int maxLength) {
        boolean folder = what.equals("folder");
        String trimmed = name == null ? "" : name.strip();
        Optional<StoredText.Forbidden> forbidden = StoredText.forbidden(trimmed, false);
        if (forbidden.isPresent()) {
            String message = "The " + what + " name contains " + forbidden.get().description()
                    + "; a name is one line of visible characters.";
            Object[] arguments = forbidden.get().arguments();
            throw new InvalidInputException(List.of(
                    folder
                            ? Violation.coded("name", "folder.name.forbidden", message, arguments)
                            : Violation.coded("name", "product.name.forbidden", message, arguments)));
        }
        if (trimmed.isEmpty()) {
            String message = "A " + what + " name has 1 to " + maxLength + " characters.";
            throw new InvalidInputException(List.of(
                    folder
                            ? Violation.coded("name", "folder.name.required", message, maxLength)
                            : Violation.coded("name", "product.name.required", message, maxLength)));
        }
        if (trimmed.length() > maxLength) {
            String message =
                    "A " + what + " name has 1 to " + maxLength + " characters; this one has " + trimmed.length() + ".";
            throw new InvalidInputException(List.of(
                    folder
                            ? Violation.coded("name", "folder.name.tooLong", message, maxLength, trimmed.length())
                            : Violation.coded("name", "product.name.tooLong", message, maxLength, trimmed.length())));
        }
        return trimmed;
    }

    private ProductEntity product(long id) {
        ProductEntity product = em.find(ProductEntity.class, id);
        if (product == null) {
            throw new NotFoundException("There is no product with id " + id + ".");
        }
        return product;
    }

    private ProductFolder folder(long id) {
        ProductFolder folder = em.find(ProductFolder.class, id);
        if (folder == null) {
            throw new NotFoundException("There is no product folder with id " + id + ".");
        }
        return folder;
    }

    private static Product view(ProductEntity product) {
        return new Product(
                product.id(),
                product.name(),
                product.folder().id(),
                path(product.folder()),
                product.origin(),
                product.consumerType(),
                product.licence() == null ? null : product.licence().id(),
                product.sync().status(),
                product.sync().problem());
    }

    private static Folder view(ProductFolder folder) {
        return new Folder(
                folder.id(), folder.parent() == null ? null : folder.parent().id(), folder.name(), path(folder));
    }

    private static String path(ProductFolder folder) {
        return folder.parent() == null ? folder.name() : path(folder.parent()) + " / " + folder.name();
    }
}
