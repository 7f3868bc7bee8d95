/** Storing subscriptions with the import, reading coming changes, and alerting on them. */
package dev.itam.m365.lifecycle.application;
