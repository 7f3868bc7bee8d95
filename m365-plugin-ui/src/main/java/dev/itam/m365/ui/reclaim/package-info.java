/** Licence management › Reclaim: licences held by people who do not use them, with what they cost. */
package dev.itam.m365.ui.reclaim;
