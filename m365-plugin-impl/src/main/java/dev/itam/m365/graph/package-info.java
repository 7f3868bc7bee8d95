/**
 * Reaching a tenant: access tokens from Entra ID through MSAL4J ({@code access}) and Microsoft Graph
 * through the MicroProfile REST Client ({@code client}). Every failure becomes a {@link
 * dev.itam.m365.graph.GraphFailure} in one of the categories admins act on (M-12); transient ones
 * are retried with bounded back-off first.
 */
package dev.itam.m365.graph;
