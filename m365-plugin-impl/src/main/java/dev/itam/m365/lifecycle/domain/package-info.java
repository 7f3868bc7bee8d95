/** Subscriptions and the lifecycle rules read from them. */
package dev.itam.m365.lifecycle.domain;
