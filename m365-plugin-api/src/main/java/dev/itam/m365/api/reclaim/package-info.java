/**
 * The reclaim list: licences held by users who do not use them (disabled, inactive, never signed in),
 * by guests, or beside another licence that already has every service plan, with what they cost;
 * and the users an admin exempted from it.
 */
package dev.itam.m365.api.reclaim;
