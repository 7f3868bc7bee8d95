package dev.itam.m365.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service whose changes can race with others: a change that loses the race ends as a
 * {@link dev.itam.m365.api.ConcurrentChangeException} for every caller (REST, pages, host code)
 * instead of a persistence exception from the commit.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReportsConcurrentChanges {}
