/** {@code /api/imports}: running the import on demand. */
package dev.itam.m365.importing.rest;
