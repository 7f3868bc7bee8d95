/**
 * Client certificates for Entra ID, shared by the portals that store them and the sign-in that uses
 * them: reading PEM or PKCS#12 input and checking, before anything is stored, that the private key
 * belongs to the certificate and that the certificate is still valid.
 */
package dev.itam.m365.credential;
