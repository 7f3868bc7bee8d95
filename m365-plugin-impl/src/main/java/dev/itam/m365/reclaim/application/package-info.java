/** The reclaim list's SQL, reading it, and exempting users. */
package dev.itam.m365.reclaim.application;
