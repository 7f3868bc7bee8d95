/** Access tokens from Entra ID with MSAL4J, for a client secret or a certificate, held per portal until shortly before they expire. */
package dev.itam.m365.graph.access;
