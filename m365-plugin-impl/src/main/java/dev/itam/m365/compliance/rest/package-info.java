/** {@code /api/licences}, {@code /api/balances} and {@code /api/costs}: compliance results over HTTP. */
package dev.itam.m365.compliance.rest;
