/**
 * Entra ID's v2.0 token endpoint for the client-credentials grant: client secrets and client
 * assertions signed with a registered certificate, answered with Entra's error shape and AADSTS codes.
 */
package dev.itam.m365.simulator.login;
