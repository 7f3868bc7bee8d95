package dev.itam.m365.importing.application;

import dev.itam.m365.graph.client.GraphUser;
import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.persistence.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Writes the licensed users of one Graph page into the staging tables, in a transaction of its
 * own: a page costs one JDBC batch, and nothing of the real data is touched until the merge.
 */
@ApplicationScoped
public class UserStaging {

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    DataSource dataSource;

    /** @return the number of users staged, those holding at least one importable licence */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int stage(long runId, Iterable<GraphUser> users, Set<String> importableSkuIds) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement user = connection.prepareStatement("INSERT INTO M365_STAGED_USER (RUN_ID, OBJECT_ID,"
                        + " DISPLAY_NAME, USER_PRINCIPAL_NAME, MAIL, DEPARTMENT, ACCOUNT_ENABLED) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement licence = connection.prepareStatement("INSERT INTO M365_STAGED_LICENCE (RUN_ID,"
                        + " OBJECT_ID, SKU_ID, ASSIGNED_VIA) VALUES (?, ?, ?, ?)")) {
            int staged = 0;
            for (GraphUser graphUser : users) {
                String objectId = graphUser.id().toLowerCase(Locale.ROOT);
                boolean licensed = false;
                for (GraphUser.AssignedLicense assigned : graphUser.licences()) {
                    String skuId = assigned.skuId().toLowerCase(Locale.ROOT);
                    if (importableSkuIds.contains(skuId)) {
                        licensed = true;
                        licence.setLong(1, runId);
                        licence.setString(2, objectId);
                        licence.setString(3, skuId);
                        licence.setString(4, (graphUser.onlyThroughGroups(skuId) ? AssignmentSource.GROUP : AssignmentSource.DIRECT).name());
                        licence.addBatch();
                    }
                }
                if (licensed) {
                    user.setLong(1, runId);
                    user.setString(2, objectId);
                    user.setString(3, clip(graphUser.displayName()));
                    user.setString(4, clip(graphUser.userPrincipalName()));
                    user.setString(5, clip(graphUser.mail()));
                    user.setString(6, clip(graphUser.department()));
                    user.setBoolean(7, !Boolean.FALSE.equals(graphUser.accountEnabled()));
                    user.addBatch();
                    staged++;
                }
            }
            user.executeBatch();
            licence.executeBatch();
            return staged;
        } catch (SQLException e) {
            throw new IllegalStateException("Staging users failed: " + e.getMessage(), e);
        }
    }

    /** Removes what a run staged, whatever its outcome. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void discard(long runId) {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : new String[] {"M365_STAGED_LICENCE", "M365_STAGED_USER"}) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE RUN_ID = ?")) {
                    delete.setLong(1, runId);
                    delete.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Discarding staged users failed: " + e.getMessage(), e);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= 256 ? text : text.substring(0, 256);
    }
}
