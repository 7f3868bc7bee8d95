/** Computing compliance set-based in the database, and reading its results. */
package dev.itam.m365.compliance.application;
