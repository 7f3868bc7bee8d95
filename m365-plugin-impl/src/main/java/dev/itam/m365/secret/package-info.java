/**
 * Encryption at rest of the secrets admins hand to the plugin (client secret values, private keys).
 * The key never leaves the server: it comes from configuration or from a key file the plugin
 * creates once in its data directory.
 */
package dev.itam.m365.secret;
