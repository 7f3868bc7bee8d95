/** Setting, removing, uploading and reading licence prices. */
package dev.itam.m365.pricing.application;
