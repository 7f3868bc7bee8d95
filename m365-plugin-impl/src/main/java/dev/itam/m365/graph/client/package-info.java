/** Microsoft Graph v1.0 through the MicroProfile REST Client: typed calls, JSON-B records, errors mapped once. */
package dev.itam.m365.graph.client;
