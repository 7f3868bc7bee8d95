package dev.itam.m365.portal.application;

import dev.itam.m365.portal.domain.TenantConnection;

/** The sign-in part of a portal draft, checked. */
record CheckedConnection(TenantConnection tenant, CredentialInput credential) {}
