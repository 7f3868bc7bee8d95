/**
 * Who may use the plugin: the {@linkplain dev.itam.m365.api.Roles roles} {@code m365-admin} (change, run)
 * and {@code m365-viewer} (read), and a configured identity store for servers where the host does not
 * bring its own.
 */
package dev.itam.m365.security;
