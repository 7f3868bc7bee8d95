package dev.itam.m365.api;

/**
 * One broken rule of an input, tied to the field an admin has to correct.
 *
 * @param field   the input field, in the names the REST API and the pages use
 * @param message what is wrong and how to put it right
 */
public record Violation(String field, String message) {}
