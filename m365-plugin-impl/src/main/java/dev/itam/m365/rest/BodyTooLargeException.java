package dev.itam.m365.rest;

import java.util.Locale;

/** The request body is longer than the operation takes; refused with 413 before it is all read. */
public class BodyTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long limitBytes) {
        super("The body has more than " + limitBytes / RequestBodyLimit.MEGABYTE + " MB ("
                + String.format(Locale.ROOT, "%,d", limitBytes) + " bytes), the most this operation takes.");
    }
}
