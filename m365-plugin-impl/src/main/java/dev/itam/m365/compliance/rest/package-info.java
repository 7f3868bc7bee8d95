/** {@code /api/licences} and {@code /api/balances}: compliance results over HTTP. */
package dev.itam.m365.compliance.rest;
