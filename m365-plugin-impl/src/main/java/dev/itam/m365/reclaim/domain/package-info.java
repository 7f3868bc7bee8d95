/** Exemptions as stored and the rule their note follows, and the totals of the reclaim list. */
package dev.itam.m365.reclaim.domain;
