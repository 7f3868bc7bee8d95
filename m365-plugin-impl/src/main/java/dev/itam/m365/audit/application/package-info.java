/** Stores and reads the audit log and tells who acts. */
package dev.itam.m365.audit.application;
