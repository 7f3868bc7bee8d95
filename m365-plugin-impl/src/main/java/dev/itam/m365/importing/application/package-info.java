/** Running imports: staging, merging, and talking to tenants for connection tests. */
package dev.itam.m365.importing.application;
