package dev.itam.m365.simulator.tenant;

/**
 * What to generate: the same spec always yields the same tenant, ids, names and secrets included.
 *
 * @param seed      decides every random choice
 * @param users     number of users, unlicensed and disabled ones included
 * @param skus      number of SKUs, taken from the catalogue
 * @param catalogue where SKUs come from
 */
public record TenantSpec(long seed, int users, int skus, SkuCatalogue catalogue) {

    public TenantSpec {
        if (users < 0 || skus < 1) {
            throw new IllegalArgumentException("A tenant needs zero or more users and at least one SKU");
        }
        if (skus > catalogue.size()) {
            throw new IllegalArgumentException("The catalogue has only " + catalogue.size() + " SKUs; give a larger one"
                    + " (Microsoft's product names CSV) to generate " + skus);
        }
    }

    public static TenantSpec of(long seed, int users, int skus) {
        return new TenantSpec(seed, users, skus, SkuCatalogue.builtIn());
    }

    public TenantSpec withCatalogue(SkuCatalogue other) {
        return new TenantSpec(seed, users, skus, other);
    }
}
