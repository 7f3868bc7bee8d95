/**
 * Service-provider interfaces a host may implement to replace plugin defaults, discovered with
 * {@link java.util.ServiceLoader}. They evolve only by adding {@code default} methods.
 */
package dev.itam.m365.api.spi;
