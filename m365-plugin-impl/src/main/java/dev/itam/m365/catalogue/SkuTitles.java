package dev.itam.m365.catalogue;

import dev.itam.m365.api.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Finds a licence's title by SKU id: from the list an admin uploaded, else the file named by
 * {@code m365.catalogue.file}, else the built-in titles, else the part number.
 */
@ApplicationScoped
public class SkuTitles {

    private static final Logger LOG = Logger.getLogger(SkuTitles.class.getName());

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    Config config;

    private volatile Map<String, String> titles;

    public String titleOf(String skuId, String partNumber) {
        return titles().getOrDefault(skuId.toLowerCase(Locale.ROOT), partNumber);
    }

    /** Replaces the uploaded list with {@code csv}; returns how many SKUs it names. */
    @Transactional
    public int upload(Reader csv) {
        List<ProductName> names = ProductNamesCsv.read(csv);
        em.createQuery("delete from SkuTitle").executeUpdate();
        names.forEach(name -> em.persist(new SkuTitleEntity(name)));
        em.flush();
        titles = null;
        return names.size();
    }

    private Map<String, String> titles() {
        Map<String, String> current = titles;
        if (current == null) {
            Map<String, String> loaded = new HashMap<>(BuiltInTitles.BY_SKU_ID);
            configuredFile().forEach(name -> loaded.put(name.skuId(), name.title()));
            em.createQuery("select t from SkuTitle t", SkuTitleEntity.class).getResultStream()
                    .map(SkuTitleEntity::name).forEach(name -> loaded.put(name.skuId(), name.title()));
            titles = loaded;
            current = loaded;
        }
        return current;
    }

    private List<ProductName> configuredFile() {
        Optional<String> file = config.getOptionalValue("m365.catalogue.file", String.class);
        if (file.isEmpty()) {
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(Path.of(file.get()), StandardCharsets.UTF_8)) {
            return ProductNamesCsv.read(reader);
        } catch (IOException | InvalidInputException e) {
            LOG.warning(() -> "m365.catalogue.file " + file.get() + " is not used: " + e.getMessage());
            return List.of();
        }
    }
}
