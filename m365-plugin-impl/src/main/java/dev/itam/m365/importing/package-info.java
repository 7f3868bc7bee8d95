/**
 * The import task (M-5, M-10): read a tenant through Graph, stage its users page by page, then
 * merge everything into licence management in one transaction per portal, set-based in SQL, so a
 * failure anywhere leaves the portal's data as it was and memory stays bounded.
 */
package dev.itam.m365.importing;
