package dev.itam.m365.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets an operation take a larger request body than the {@value RequestBodyLimit#DEFAULT_MEGABYTES}
 * MB every other one takes, e.g. Microsoft's product names CSV.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    int megabytes();
}
