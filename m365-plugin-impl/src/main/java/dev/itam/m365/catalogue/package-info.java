/**
 * Licence titles: Microsoft names SKUs only by part number in Graph, so titles come from its
 * published product names list (uploaded or configured) and a short built-in list; unknown SKUs
 * fall back to the part number.
 */
package dev.itam.m365.catalogue;
