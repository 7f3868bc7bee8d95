package dev.itam.m365.catalogue;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.persistence.ReportsConcurrentChanges;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Finds a licence's title by SKU id: from the list an admin uploaded, else the file named by
 * {@code m365.catalogue.file}, else the built-in titles, else the part number.
 *
 * <p>The uploaded list is read from the database on every lookup, never cached: several instances
 * may share the database, and an upload on one must name licences on all of them at once. That
 * costs one indexed query per import or licence list (tens of SKUs), and it needs no invalidation
 * that could run before the upload commits. The configured file and the built-in titles belong
 * to this instance and are read once.
 */
@ApplicationScoped
@ReportsConcurrentChanges
public class SkuTitles {

    private static final Logger LOG = Logger.getLogger(SkuTitles.class.getName());

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    Config config;

    private volatile Map<String, String> instanceTitles;

    /** The titles of {@code skuIds} as the catalogue names them now, in one query. */
    public Titles of(Collection<String> skuIds) {
        Set<String> keys =
                skuIds.stream().map(id -> id.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, String> titles = new HashMap<>();
        Map<String, String> instance = instanceTitles();
        keys.stream().filter(instance::containsKey).forEach(key -> titles.put(key, instance.get(key)));
        if (!keys.isEmpty()) {
            em
                    .createQuery("select t from SkuTitle t where t.skuId in :ids", SkuTitleEntity.class)
                    .setParameter("ids", keys)
                    .getResultList()
                    .stream()
                    .map(SkuTitleEntity::name)
                    .forEach(name -> titles.put(name.skuId(), name.title()));
        }
        return new Titles(titles);
    }

    /** Replaces the uploaded list with {@code csv}; returns how many SKUs it names. */
    @Transactional
    public int upload(Reader csv) {
        List<ProductName> names = ProductNamesCsv.read(csv);
        em.createQuery("delete from SkuTitle").executeUpdate();
        names.forEach(name -> em.persist(new SkuTitleEntity(name)));
        em.flush();
        return names.size();
    }

    private Map<String, String> instanceTitles() {
        Map<String, String> current = instanceTitles;
        if (current == null) {
            Map<String, String> loaded = new HashMap<>(BuiltInTitles.BY_SKU_ID);
            configuredFile().forEach(name -> loaded.put(name.skuId(), name.title()));
            current = Map.copyOf(loaded);
            instanceTitles = current;
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
