/** The audit log page, for admins. */
package dev.itam.m365.ui.audit;
