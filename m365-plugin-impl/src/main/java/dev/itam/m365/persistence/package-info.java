/**
 * Where the plugin keeps its data: the data source chosen by configuration, the schema migrations
 * that own the {@code M365_} tables, and the mapping pieces every feature's entities share.
 */
package dev.itam.m365.persistence;
