package dev.itam.m365.reclaim.rest;

import dev.itam.m365.api.reclaim.ReclaimRow;
import dev.itam.m365.export.domain.Column;
import dev.itam.m365.export.domain.ExportTable;
import java.util.List;

/**
 * The columns of the reclaim list's export, as they were when it was only CSV: the JSON's fields,
 * the licence's title as {@code licenceTitle}.
 */
final class ReclaimTable {

    static final ExportTable<ReclaimRow> ROWS = new ExportTable<>(
            "reclaim",
            List.of(
                    Column.number("licenceId", ReclaimRow::licenceId),
                    Column.text("skuPartNumber", ReclaimRow::skuPartNumber),
                    Column.text("licenceTitle", ReclaimRow::title),
                    Column.number("portalId", ReclaimRow::portalId),
                    Column.text("portalName", ReclaimRow::portalName),
                    Column.number("contactId", ReclaimRow::contactId),
                    Column.text("displayName", ReclaimRow::displayName),
                    Column.text("userPrincipalName", ReclaimRow::userPrincipalName),
                    Column.text("department", ReclaimRow::department),
                    Column.text("reason", ReclaimRow::reason),
                    Column.instant("lastSignInAt", ReclaimRow::lastSignInAt),
                    Column.text("assignedVia", ReclaimRow::assignedVia),
                    Column.text("groupId", ReclaimRow::groupId),
                    Column.number("monthlyCost", ReclaimRow::monthlyCost),
                    Column.text("currency", ReclaimRow::currency)));

    private ReclaimTable() {}
}
