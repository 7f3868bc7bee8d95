/** Settings › Microsoft 365: the portal list and details (M-1). */
package dev.itam.m365.ui.settings;
