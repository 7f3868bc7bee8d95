/** Operations on imported licence-management items that other features trigger. */
package dev.itam.m365.licensing.application;
