/**
 * The plugin's pages (M-16): Faces views with thin backing beans, one service each, on a template
 * a host can replace ({@code m365.ui.template}).
 */
package dev.itam.m365.ui;
