package dev.itam.m365.graph;

import dev.itam.m365.api.portal.NationalCloud;

/**
 * The login and Graph base URLs of a cloud and the scope a token is requested for. The scope is
 * always the cloud's real Graph resource, also when the URLs point elsewhere.
 */
public record CloudEndpoints(String loginUrl, String graphUrl, String scope) {

    public static CloudEndpoints of(NationalCloud cloud) {
        return switch (cloud) {
            case GLOBAL -> microsoft("https://login.microsoftonline.com", "https://graph.microsoft.com");
            case US_GOV -> microsoft("https://login.microsoftonline.us", "https://graph.microsoft.us");
            case US_GOV_DOD -> microsoft("https://login.microsoftonline.us", "https://dod-graph.microsoft.us");
            case CHINA -> microsoft("https://login.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn");
        };
    }

    private static CloudEndpoints microsoft(String login, String graph) {
        return new CloudEndpoints(login, graph + "/v1.0", graph + "/.default");
    }

    /** The authority MSAL signs in against: the login URL and the tenant. */
    public String authority(String tenantId) {
        return loginUrl.replaceAll("/+$", "") + "/" + tenantId + "/";
    }
}
