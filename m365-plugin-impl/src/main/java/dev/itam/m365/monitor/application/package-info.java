/** Writing and reading the record of task runs. */
package dev.itam.m365.monitor.application;
