/**
 * The audit log (B-15): who created, changed or deleted a portal, set or removed a price, exempted a
 * user or removed an exemption, and started a run; written in the transaction of the action itself.
 */
package dev.itam.m365.api.audit;
