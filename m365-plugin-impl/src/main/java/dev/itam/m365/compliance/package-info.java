/** Licence compliance (M-8, M-13): owned seats against consuming contacts, per licence. */
package dev.itam.m365.compliance;
