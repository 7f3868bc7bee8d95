package dev.itam.m365.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves the plugin's resources under {@code /api}; roles are enforced by the WAR's web.xml. */
@ApplicationPath("api")
public class RestApplication extends Application {}
