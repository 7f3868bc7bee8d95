package dev.itam.m365.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/**
 * What licence management holds for one portal, read straight from the database as plain text
 * rows, so two moments can be compared for equality and against the tenant.
 */
record PortalData(
        Set<String> licences, Set<String> products, Set<String> names, Set<String> contacts, Set<String> assignments) {

    static PortalData of(long portalId) throws SQLException {
        try (Connection db = ItDatabase.connect()) {
            return new PortalData(
                    rows(
                            db,
                            "SELECT SKU_ID, SKU_PART_NUMBER, ENABLED_UNITS, CONSUMED_UNITS, SYNC_STATUS, SYNC_PROBLEM"
                                    + " FROM M365_LICENCE WHERE PORTAL_ID = ?",
                            portalId),
                    rows(
                            db,
                            "SELECT l.SKU_ID, f.NAME, p.ORIGIN, p.CONSUMER_TYPE, p.SYNC_STATUS, p.SYNC_PROBLEM FROM M365_PRODUCT p"
                                    + " JOIN M365_LICENCE l ON l.ID = p.LICENCE_ID JOIN M365_PRODUCT_FOLDER f ON f.ID = p.FOLDER_ID"
                                    + " WHERE l.PORTAL_ID = ?",
                            portalId),
                    rows(
                            db,
                            "SELECT l.SKU_ID, l.TITLE, p.NAME FROM M365_PRODUCT p JOIN M365_LICENCE l ON l.ID = p.LICENCE_ID"
                                    + " WHERE l.PORTAL_ID = ?",
                            portalId),
                    rows(
                            db,
                            "SELECT ENTRA_OBJECT_ID, DISPLAY_NAME, ACCOUNT_ENABLED FROM M365_CONTACT WHERE PORTAL_ID = ?",
                            portalId),
                    rows(
                            db,
                            "SELECT c.ENTRA_OBJECT_ID, l.SKU_ID, a.CONSUMER_TYPE FROM M365_CONSUMER_ASSIGNMENT a"
                                    + " JOIN M365_CONTACT c ON c.ID = a.CONTACT_ID JOIN M365_LICENCE l ON l.ID = a.LICENCE_ID"
                                    + " WHERE l.PORTAL_ID = ?",
                            portalId));
        }
    }

    /** The licence row of one SKU: id|part|enabled|consumed|status|problem. */
    String licence(String skuId) {
        return licences.stream()
                .filter(l -> l.startsWith(skuId + "|"))
                .findFirst()
                .orElseThrow();
    }

    String product(String skuId) {
        return products.stream()
                .filter(p -> p.startsWith(skuId + "|"))
                .findFirst()
                .orElseThrow();
    }

    private static Set<String> rows(Connection db, String sql, long portalId) throws SQLException {
        Set<String> rows = new TreeSet<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, portalId);
            try (ResultSet result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(i > 1 ? "|" : "").append(result.getObject(i));
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }
}
