/** Licence management: licences with their compliance and consumers, and "Recalculate completely". */
package dev.itam.m365.ui.licences;
