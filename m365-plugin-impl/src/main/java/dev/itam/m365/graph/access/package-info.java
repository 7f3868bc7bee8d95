/** Access tokens from Entra ID with MSAL4J, for a client secret or a certificate, cached per portal. */
package dev.itam.m365.graph.access;
