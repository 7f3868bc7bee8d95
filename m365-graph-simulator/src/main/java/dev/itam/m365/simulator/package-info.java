/**
 * A stateful stand-in for Entra ID's token endpoint and the Microsoft Graph v1.0 calls the plugin
 * makes, served over HTTPS on loopback. Tenants are generated deterministically from a seed, can
 * be changed between runs through a control API, and faults can be injected request by request.
 * {@code tenant} holds the model, {@code login} the token endpoint, {@code graph} the Graph
 * endpoints, {@code control} the control API and {@code fault} the fault plan.
 */
package dev.itam.m365.simulator;
