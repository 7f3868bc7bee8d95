/** The task monitor: scheduled tasks and the runs of every task (M-11). */
package dev.itam.m365.ui.monitor;
