package dev.itam.m365.api.monitor;

/**
 * Why a run or a connection test failed, in the categories an admin can act on (M-12).
 */
public enum FailureCategory {
    /** Graph answered with an error; its code and message are given. */
    GRAPH_ERROR,
    /** The Graph server or the login server could not be reached. */
    CONNECTION_FAILED,
    /** Graph answered success but the response could not be read. */
    RESPONSE_UNREADABLE,
    /** Graph or the login server answered failure and its error body could not be read; the status is given. */
    ERROR_UNREADABLE,
    /** The thumbprint of the certificate's public key could not be read. */
    CERTIFICATE_THUMBPRINT_UNREADABLE,
    /** Signing the client assertion failed, e.g. because the certificate expired. */
    ASSERTION_SIGNING_FAILED,
    /** Entra ID does not know the directory (tenant) ID. */
    TENANT_NOT_FOUND,
    /** Entra ID does not know the application (client) ID in this tenant. */
    APPLICATION_NOT_FOUND,
    /** Entra ID refused the client secret. */
    SECRET_INVALID,
    /** The client secret has expired. */
    SECRET_EXPIRED,
    /** Entra ID refused the certificate or the client assertion. */
    CERTIFICATE_REJECTED,
    /** Entra ID refused another way; its AADSTS code and message are given. */
    TOKEN_ERROR,
    /** The stored credential cannot be decrypted with the plugin's key. */
    CREDENTIAL_UNREADABLE,
    /** The plugin failed unexpectedly; the server log has details. */
    INTERNAL_ERROR
}
