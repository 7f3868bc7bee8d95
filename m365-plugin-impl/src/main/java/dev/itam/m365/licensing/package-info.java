/**
 * Licence management data the import fills: licences (one per tenant SKU), their products in
 * product folders, the contacts that consume them and the consumer assignments between the two.
 * Imported items are read-only except for a product's folder (M-6).
 */
package dev.itam.m365.licensing;
