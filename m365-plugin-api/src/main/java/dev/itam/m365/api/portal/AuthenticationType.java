package dev.itam.m365.api.portal;

/** How the plugin proves the app registration's identity to Entra ID. */
public enum AuthenticationType {
    CLIENT_SECRET,
    CERTIFICATE
}
