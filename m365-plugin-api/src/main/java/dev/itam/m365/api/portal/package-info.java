/**
 * Portals: the Microsoft 365 tenants an admin connected, with the app registration the plugin signs
 * in with and the licences excluded from import. Secrets go in through {@link dev.itam.m365.api.portal.CredentialDraft}
 * and never come back out: {@link dev.itam.m365.api.portal.CredentialSummary} only tells what is set.
 */
package dev.itam.m365.api.portal;
