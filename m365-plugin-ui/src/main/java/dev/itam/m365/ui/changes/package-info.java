/** What a run changed, a page at a time. */
package dev.itam.m365.ui.changes;
