/** What tasks hold while they run. */
package dev.itam.m365.tasks.domain;
