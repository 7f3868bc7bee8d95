package dev.itam.m365.host;

import dev.itam.m365.api.licensing.ConsumerType;
import dev.itam.m365.api.licensing.Folder;
import dev.itam.m365.api.licensing.LicensingService;
import dev.itam.m365.api.licensing.Product;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** {@code java:global/m365-plugin/M365Licensing!dev.itam.m365.api.licensing.LicensingService}: the LicensingService for host applications. */
@Stateless(name = "M365Licensing")
@Local(LicensingService.class)
@HostFacade
@HostCall
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LicensingBean implements LicensingService {

    @Inject
    LicensingService delegate;

    @Override
    public List<Product> products() {
        return delegate.products();
    }

    @Override
    public List<Folder> folders() {
        return delegate.folders();
    }

    @Override
    public Folder createFolder(Long parentId, String name) {
        return delegate.createFolder(parentId, name);
    }

    @Override
    public Product createProduct(String name, long folderId, ConsumerType consumerType) {
        return delegate.createProduct(name, folderId, consumerType);
    }

    @Override
    public Product moveProduct(long productId, long folderId) {
        return delegate.moveProduct(productId, folderId);
    }

    @Override
    public void deleteProduct(long productId) {
        delegate.deleteProduct(productId);
    }
}
