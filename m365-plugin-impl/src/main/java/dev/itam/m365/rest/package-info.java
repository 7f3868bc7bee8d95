/**
 * The REST interface layer (M-15): the JAX-RS application under {@code /api} and its single
 * exception handler, which answers every failure as {@code application/problem+json}.
 */
package dev.itam.m365.rest;
