/** Columns and the CSV and XLSX writers, free of HTTP. */
package dev.itam.m365.export.domain;
