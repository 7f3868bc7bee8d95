/**
 * Microsoft Graph v1.0 as the plugin uses it: subscribed SKUs, users with paging and delta, and
 * directory subscriptions, with Graph's JSON shapes and error shape, behind a bearer token.
 */
package dev.itam.m365.simulator.graph;
