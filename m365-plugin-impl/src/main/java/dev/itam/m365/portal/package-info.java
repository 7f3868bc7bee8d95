/**
 * Portals (M-1 to M-4): the connected tenants, their app-registration credentials and their import
 * exclusions. {@code domain} holds the entity and its value objects, {@code credential} reads and
 * checks certificates, {@code application} applies the rules, {@code rest} exposes them.
 */
package dev.itam.m365.portal;
