package dev.itam.m365.rest;

import dev.itam.m365.api.Violation;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists the fields to correct when input was refused.
 */
public record Problem(String type, String title, int status, String detail, List<Violation> errors) {}
