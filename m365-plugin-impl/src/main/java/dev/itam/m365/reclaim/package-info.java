/**
 * The reclaim list: licences held by disabled, inactive or never-seen accounts, by guests, or beside
 * a licence that already has all their service plans, with what they cost; and the users exempt from
 * it. Worked out set-based in SQL when read, from what the imports stored.
 */
package dev.itam.m365.reclaim;
