/** Subscription lifecycle: renewals, trials, grace periods and deletions, for host code and admins. */
package dev.itam.m365.api.lifecycle;
