package dev.itam.m365.changes.rest;

import dev.itam.m365.api.changes.Change;
import dev.itam.m365.export.domain.Column;
import dev.itam.m365.export.domain.ExportTable;
import java.util.List;

/** The columns of a run's change log export: the JSON's fields. */
final class ChangeTable {

    private static final List<Column<Change>> COLUMNS = List.of(
            Column.number("runId", Change::runId),
            Column.number("portalId", Change::portalId),
            Column.text("kind", Change::kind),
            Column.text("objectId", Change::objectId),
            Column.text("displayName", Change::displayName),
            Column.text("userPrincipalName", Change::userPrincipalName),
            Column.number("licenceId", Change::licenceId),
            Column.text("skuPartNumber", Change::skuPartNumber),
            Column.text("before", Change::before),
            Column.text("after", Change::after));

    private ChangeTable() {}

    /** Named after the run: {@code run-42-changes}. */
    static ExportTable<Change> of(long runId) {
        return new ExportTable<>("run-" + runId + "-changes", COLUMNS);
    }
}
