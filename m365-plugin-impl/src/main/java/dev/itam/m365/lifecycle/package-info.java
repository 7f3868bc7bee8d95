/**
 * Subscription lifecycle: the subscriptions behind each licence, what changes when (renewals, trial
 * ends, grace periods, deletions), and the alerts once a change comes close.
 */
package dev.itam.m365.lifecycle;
