/** Importing tenants' licences, users and products into licence management (M-5), and checking connections. */
package dev.itam.m365.api.importing;
