/** Licence compliance (M-8) and licence balances (M-13) as host code and admins read them. */
package dev.itam.m365.api.compliance;
