/**
 * The plugin's API for host code in other applications of the same server (M-14): one stateless
 * EJB per API interface, under fixed {@code java:global} names, delegating to the plugin's CDI
 * services. Calls through an EJB run with the plugin's class loader and transactions, whichever
 * application makes them. The EJBs carry the {@link HostFacade} qualifier so that inside the
 * plugin {@code @Inject} still finds the services themselves, and {@link HostCall}, so that the
 * audit log names the host as who acted.
 *
 * <p>Names ({@code m365-plugin} is the WAR's application name):
 * {@code java:global/m365-plugin/M365Portals!dev.itam.m365.api.portal.PortalService},
 * {@code M365TenantConnections!…api.importing.TenantConnections}, {@code M365Imports!…api.importing.ImportService},
 * {@code M365Tasks!…api.monitor.TaskService}, {@code M365TaskRuns!…api.monitor.TaskRunService},
 * {@code M365Compliance!…api.compliance.ComplianceService}, {@code M365Licensing!…api.licensing.LicensingService},
 * {@code M365Lifecycle!…api.lifecycle.LifecycleService}, {@code M365Reclaim!…api.reclaim.ReclaimService},
 * {@code M365Pricing!…api.pricing.PricingService}, {@code M365Audit!…api.audit.AuditService}.
 */
package dev.itam.m365.host;
