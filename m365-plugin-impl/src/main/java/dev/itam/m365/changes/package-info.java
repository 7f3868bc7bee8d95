/**
 * The change log: what each run changed, written set-based in the transaction that applied it (the
 * import's merge, the recalculation), and read per run or per licence.
 */
package dev.itam.m365.changes;
