/**
 * Client certificates for Entra ID: reading PEM or PKCS#12 input and checking, before anything is
 * stored, that the private key belongs to the certificate and that the certificate is still valid.
 */
package dev.itam.m365.portal.credential;
