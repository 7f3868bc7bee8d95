/** Coming changes and a licence's subscriptions over REST. */
package dev.itam.m365.lifecycle.rest;
