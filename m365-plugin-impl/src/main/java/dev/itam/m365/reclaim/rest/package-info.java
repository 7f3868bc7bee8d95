/** {@code /api/reclaim}: the reclaim list as JSON, CSV or XLSX, its totals, and exemptions over HTTP. */
package dev.itam.m365.reclaim.rest;
