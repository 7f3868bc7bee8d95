package dev.itam.m365.ui.licences;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.licensing.ConsumerType;
import dev.itam.m365.api.licensing.Folder;
import dev.itam.m365.api.licensing.Product;
import dev.itam.m365.api.licensing.ProductOrigin;
import dev.itam.m365.api.licensing.SyncProblem;
import dev.itam.m365.api.licensing.SyncStatus;
import org.junit.jupiter.api.Test;

class TreeItemTest {

    private static TreeItem product(ProductOrigin origin, SyncStatus status, SyncProblem problem) {
        return TreeItem.of(new Product(1, "P", 2, "Software", origin, ConsumerType.MICROSOFT_365, 3L, status, problem));
    }

    @Test
    void onlyProductsByHandAndUnsynchronisedOnesAreDeletable() {
        assertThat(product(ProductOrigin.MANUAL, SyncStatus.SYNCHRONISED, null).isDeletable())
                .isTrue();
        assertThat(product(ProductOrigin.IMPORTED, SyncStatus.CANNOT_BE_SYNCHRONISED, SyncProblem.SKU_EXCLUDED)
                        .isDeletable())
                .isTrue();
        assertThat(product(ProductOrigin.IMPORTED, SyncStatus.SYNCHRONISED, null)
                        .isDeletable())
                .isFalse();
        assertThat(TreeItem.of(new Folder(2, null, "Software", "Software")).isDeletable())
                .isFalse();
    }
}
