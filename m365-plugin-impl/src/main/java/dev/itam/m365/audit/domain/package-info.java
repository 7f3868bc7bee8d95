/** The audited action as fired, its stored entry and the names of changed fields. */
package dev.itam.m365.audit.domain;
