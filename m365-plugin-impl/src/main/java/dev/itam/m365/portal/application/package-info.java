/** The portal rules and the transactional service that applies them. */
package dev.itam.m365.portal.application;
