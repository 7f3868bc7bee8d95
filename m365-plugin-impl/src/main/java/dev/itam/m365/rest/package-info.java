/**
 * The REST interface layer (M-15): the JAX-RS application under {@code /api}; the strict reading of
 * what requests send (JSON bodies into records, query parameters from their text, bodies bounded in
 * size); and the single exception handler, which answers every failure as
 * {@code application/problem+json}.
 */
package dev.itam.m365.rest;
