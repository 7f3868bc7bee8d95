package dev.itam.m365.api.reclaim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The reclaim list, worked out when read from what the last imports stored: only synchronised
 * licences and users of existing portals count, and never a free licence (price 0, set or
 * built-in). Rows come by user name, then licence, then reason.
 */
public interface ReclaimService {

    /**
     * One page of the rows.
     *
     * @throws dev.itam.m365.api.InvalidInputException when {@code inactiveDays} is not one offered
     */
    List<ReclaimRow> rows(ReclaimFilter filter, int first, int max);

    /** How many rows {@link #rows(ReclaimFilter, int, int)} pages through. */
    int count(ReclaimFilter filter);

    /** Hands every row to {@code action} as it is read, so a long list is never held whole. */
    void forEachRow(ReclaimFilter filter, Consumer<ReclaimRow> action);

    /** Every row at once. */
    default List<ReclaimRow> rows(ReclaimFilter filter) {
        List<ReclaimRow> rows = new ArrayList<>();
        forEachRow(filter, rows::add);
        return rows;
    }

    /** Counts and monthly costs per reason, licence and portal, and in all. */
    ReclaimTotals totals(ReclaimFilter filter);

    /** The exempt users, by name. */
    List<Exemption> exemptions();

    /**
     * Keeps a user off the list, or changes the note of one already exempt.
     *
     * @param note       why: 1 to 500 characters, line breaks allowed
     * @param exemptedBy who decides, kept with the note
     * @throws dev.itam.m365.api.NotFoundException when there is no such user
     * @throws dev.itam.m365.api.InvalidInputException when the note is missing or too long
     */
    Exemption exempt(long contactId, String note, String exemptedBy);

    /** Puts an exempt user back on the list; nothing happens when the user was not exempt. */
    void removeExemption(long contactId);
}
