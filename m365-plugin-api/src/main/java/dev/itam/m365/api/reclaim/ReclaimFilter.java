package dev.itam.m365.api.reclaim;

import java.util.List;

/**
 * Which reclaim rows to read.
 *
 * @param portalId     one portal's, or null for all
 * @param licenceId    one licence's, or null for all
 * @param reason       one reason's, or null for all
 * @param inactiveDays after how many days without sign-in a user is inactive: one of
 *                     {@link #INACTIVE_DAYS}; null for {@value #DEFAULT_INACTIVE_DAYS}
 * @param exempt       false for the list itself; true for the rows of exempt users, listed apart
 */
public record ReclaimFilter(Long portalId, Long licenceId, ReclaimReason reason, Integer inactiveDays, boolean exempt) {

    public static final int DEFAULT_INACTIVE_DAYS = 90;

    /** The periods of inactivity offered. */
    public static final List<Integer> INACTIVE_DAYS = List.of(30, 60, 90, 180);

    /** Every non-exempt row, inactive after the default days. */
    public static ReclaimFilter all() {
        return new ReclaimFilter(null, null, null, null, false);
    }

    public int inactiveDaysOrDefault() {
        return inactiveDays == null ? DEFAULT_INACTIVE_DAYS : inactiveDays;
    }
}
