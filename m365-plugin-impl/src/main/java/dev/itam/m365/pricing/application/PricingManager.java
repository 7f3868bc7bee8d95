package dev.itam.m365.pricing.application;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.audit.AuditAction;
import dev.itam.m365.api.pricing.LicencePrice;
import dev.itam.m365.api.pricing.Price;
import dev.itam.m365.api.pricing.PriceDraft;
import dev.itam.m365.api.pricing.PriceUpload;
import dev.itam.m365.api.pricing.PricingService;
import dev.itam.m365.audit.domain.Audited;
import dev.itam.m365.audit.domain.ChangedFields;
import dev.itam.m365.licensing.domain.LicenceEntity;
import dev.itam.m365.persistence.ReportsConcurrentChanges;
import dev.itam.m365.persistence.StoredText;
import dev.itam.m365.pricing.domain.CheckedPrice;
import dev.itam.m365.pricing.domain.FreeSkus;
import dev.itam.m365.pricing.domain.LicencePriceEntity;
import dev.itam.m365.pricing.domain.PriceCsv;
import dev.itam.m365.pricing.domain.PriceRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Prices as admins set them. A licence's price is the one set for it, else the built-in price 0 of a
 * free SKU, else none. A price list is checked whole before anything is stored.
 */
@ApplicationScoped
@ReportsConcurrentChanges
@Transactional
public class PricingManager implements PricingService {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LicencePrice> prices() {
        Map<Long, LicencePriceEntity> set = em.createQuery("select p from LicencePrice p", LicencePriceEntity.class)
                .getResultStream()
                .collect(Collectors.toMap(LicencePriceEntity::licenceId, Function.identity()));
        return em.createQuery("select l from Licence l order by l.sourceName, l.title, l.id", LicenceEntity.class)
                .getResultStream()
                .map(licence -> view(licence, set.get(licence.id())))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public LicencePrice price(long licenceId) {
        return view(licence(licenceId), em.find(LicencePriceEntity.class, licenceId));
    }

    @Override
    public LicencePrice setPrice(long licenceId, PriceDraft draft, String setBy) {
        LicenceEntity licence = licence(licenceId);
        CheckedPrice price = PriceRules.check(draft);
        String by = actor(setBy);
        ChangedFields changed = put(licenceId, price, by, clock.instant());
        em.flush();
        audited.fire(Audited.of(AuditAction.PRICE_SET, licenceId, named(licence))
                .changing(changed)
                .telling(price.described()));
        return view(licence, em.find(LicencePriceEntity.class, licenceId));
    }

    @Override
    public void removePrice(long licenceId) {
        LicenceEntity licence = licence(licenceId);
        LicencePriceEntity stored = em.find(LicencePriceEntity.class, licenceId);
        if (stored != null) {
            em.remove(stored);
            audited.fire(Audited.of(AuditAction.PRICE_REMOVED, licenceId, named(licence)));
        }
    }

    @Override
    public PriceUpload upload(Reader csv, String setBy) {
        String by = actor(setBy);
        List<LicenceEntity> licences =
                em.createQuery("select l from Licence l", LicenceEntity.class).getResultList();
        Map<String, String> skuIds = new HashMap<>();
        Map<String, String> partNumbers = new HashMap<>();
        for (LicenceEntity licence : licences) {
            skuIds.put(licence.skuId().toLowerCase(Locale.ROOT), licence.skuId());
            partNumbers.putIfAbsent(licence.skuPartNumber().toUpperCase(Locale.ROOT), licence.skuId());
        }
        List<PriceCsv.Line> lines = PriceCsv.read(
                csv,
                cell -> Optional.ofNullable(
                        GUID.matcher(cell).matches()
                                ? skuIds.get(cell.toLowerCase(Locale.ROOT))
                                : partNumbers.get(cell.toUpperCase(Locale.ROOT))));
        Instant now = clock.instant();
        Map<String, CheckedPrice> bySku =
                lines.stream().collect(Collectors.toMap(PriceCsv.Line::skuId, PriceCsv.Line::price));
        int priced = 0;
        for (LicenceEntity licence : licences) {
            CheckedPrice price = bySku.get(licence.skuId());
            if (price != null) {
                put(licence.id(), price, by, now);
                priced++;
            }
        }
        em.flush();
        audited.fire(
                Audited.of(AuditAction.PRICES_UPLOADED, null, null).telling(PriceCsv.described(lines.size(), priced)));
        return new PriceUpload(lines.size(), priced);
    }

    /** @return the price's fields that changed */
    private ChangedFields put(long licenceId, CheckedPrice price, String by, Instant now) {
        LicencePriceEntity stored = em.find(LicencePriceEntity.class, licenceId);
        if (stored == null) {
            em.persist(new LicencePriceEntity(licenceId, price, by, now));
            return price.changesFrom(null);
        }
        ChangedFields changed = price.changesFrom(stored.price());
        stored.change(price, by, now);
        return changed;
    }

    /** A licence as the audit log names it, like its product: the portal's name, then the title. */
    private static String named(LicenceEntity licence) {
        return licence.sourceName() + " " + licence.title();
    }

    private LicenceEntity licence(long licenceId) {
        LicenceEntity licence = em.find(LicenceEntity.class, licenceId);
        if (licence == null) {
            throw new NotFoundException("There is no licence with id " + licenceId + ".");
        }
        return licence;
    }

    /** Who sets prices, as kept beside them: a long name is cut to its column. */
    private static String actor(String setBy) {
        if (setBy == null || setBy.isBlank()) {
            throw new InvalidInputException(List.of(Violation.coded(
                    "setBy", "price.setBy.required", "Say who sets the price: the user's name is kept with it.")));
        }
        return StoredText.clipped(setBy.strip(), LicencePriceEntity.MAX_SET_BY);
    }

    private static LicencePrice view(LicenceEntity licence, LicencePriceEntity set) {
        return new LicencePrice(
                licence.id(),
                licence.portal() == null ? null : licence.portal().id(),
                licence.sourceName(),
                licence.skuId(),
                licence.skuPartNumber(),
                licence.title(),
                priceOf(licence, set));
    }

    private static Price priceOf(LicenceEntity licence, LicencePriceEntity set) {
        if (set != null) {
            return set.view();
        }
        return FreeSkus.isFree(licence.skuId()) ? Price.free() : null;
    }
}
