/** {@code /api/products} and {@code /api/folders}: licence management's products and folders over HTTP. */
package dev.itam.m365.licensing.rest;
