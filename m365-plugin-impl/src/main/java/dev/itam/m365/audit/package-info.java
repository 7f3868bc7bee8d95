/**
 * The audit log (B-15): the features fire {@link dev.itam.m365.audit.domain.Audited} inside the
 * transaction of an admin's, the host's or the schedule's action, and the log stores it there, so
 * an action that fails leaves no entry and one that commits always has one. Depends on no feature.
 */
package dev.itam.m365.audit;
