package dev.itam.m365.compliance.rest;

import dev.itam.m365.api.compliance.Consumer;
import dev.itam.m365.api.compliance.LicenceCompliance;
import dev.itam.m365.api.compliance.LicenceCosts;
import dev.itam.m365.api.pricing.Price;
import dev.itam.m365.export.domain.Column;
import dev.itam.m365.export.domain.ExportTable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the licence table's and a licence's consumers' exports: the fields of their JSON,
 * nested ones by their path ({@code seats.enabled}, {@code monthlyCosts.owned}), so a row compares
 * with its JSON object field by field.
 */
final class LicenceTables {

    static final ExportTable<LicenceCompliance> LICENCES = new ExportTable<>(
            "licences",
            List.of(
                    Column.number("licenceId", LicenceCompliance::licenceId),
                    Column.number("portalId", LicenceCompliance::portalId),
                    Column.text("source", LicenceCompliance::source),
                    Column.text("skuId", LicenceCompliance::skuId),
                    Column.text("skuPartNumber", LicenceCompliance::skuPartNumber),
                    Column.text("title", LicenceCompliance::title),
                    Column.text("productName", LicenceCompliance::productName),
                    Column.number("owned", LicenceCompliance::owned),
                    Column.number("consumed", LicenceCompliance::consumed),
                    Column.number("available", LicenceCompliance::available),
                    Column.number("waiting", LicenceCompliance::waiting),
                    Column.text("status", LicenceCompliance::status),
                    Column.text("syncProblem", LicenceCompliance::syncProblem),
                    Column.instant("calculatedAt", LicenceCompliance::calculatedAt),
                    Column.number("seats.enabled", licence -> licence.seats().enabled()),
                    Column.number("seats.warning", licence -> licence.seats().warning()),
                    Column.number("seats.suspended", licence -> licence.seats().suspended()),
                    Column.number("seats.lockedOut", licence -> licence.seats().lockedOut()),
                    Column.text("appliesTo", LicenceCompliance::appliesTo),
                    Column.text("lifecycle", LicenceCompliance::lifecycle),
                    Column.instant("nextLifecycleAt", LicenceCompliance::nextLifecycleAt),
                    Column.text("nextLifecycleEvent", LicenceCompliance::nextLifecycleEvent),
                    Column.text("failedAssignments", licence -> failed(licence.failedAssignments())),
                    Column.number("price.amount", price(Price::amount)),
                    Column.text("price.currency", price(Price::currency)),
                    Column.text("price.period", price(Price::period)),
                    Column.text("price.source", price(Price::source)),
                    Column.number("reclaimable", LicenceCompliance::reclaimable),
                    Column.text("monthlyCosts.currency", costs(LicenceCosts::currency)),
                    Column.number("monthlyCosts.owned", costs(LicenceCosts::owned)),
                    Column.number("monthlyCosts.unused", costs(LicenceCosts::unused)),
                    Column.number("monthlyCosts.reclaimable", costs(LicenceCosts::reclaimable))));

    static final ExportTable<Consumer> CONSUMERS = new ExportTable<>(
            "consumers",
            List.of(
                    Column.number("contactId", Consumer::contactId),
                    Column.text("entraObjectId", Consumer::entraObjectId),
                    Column.text("displayName", Consumer::displayName),
                    Column.text("userPrincipalName", Consumer::userPrincipalName),
                    Column.text("mail", Consumer::mail),
                    Column.text("department", Consumer::department),
                    Column.flag("accountEnabled", Consumer::accountEnabled),
                    Column.text("assignedVia", Consumer::assignedVia),
                    Column.text("groupId", Consumer::groupId),
                    Column.text("hostContactId", Consumer::hostContactId)));

    private LicenceTables() {}

    /** The consumers of one licence, named after it: {@code licence-10-consumers}. */
    static ExportTable<Consumer> consumers(long licenceId) {
        return new ExportTable<>("licence-" + licenceId + "-consumers", CONSUMERS.columns());
    }

    /** {@code CountViolation: 7, MutuallyExclusiveViolation: 1}, by Graph's name; empty when none. */
    private static String failed(Map<String, Integer> failed) {
        return failed.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static <V> Function<LicenceCompliance, V> price(Function<Price, V> field) {
        return licence -> licence.price() == null ? null : field.apply(licence.price());
    }

    private static <V> Function<LicenceCompliance, V> costs(Function<LicenceCosts, V> field) {
        return licence -> licence.monthlyCosts() == null ? null : field.apply(licence.monthlyCosts());
    }
}
