/**
 * How a request asks for an export ({@code Accept}, or {@code format=} for a link) and in which
 * locale, and the streamed attachment it gets.
 */
package dev.itam.m365.export.rest;
