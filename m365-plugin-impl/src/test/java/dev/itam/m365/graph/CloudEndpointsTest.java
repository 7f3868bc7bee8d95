package dev.itam.m365.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.portal.NationalCloud;
import org.junit.jupiter.api.Test;

class CloudEndpointsTest {

    @Test
    void eachCloudHasItsLoginAndGraphHostAndScope() {
        CloudEndpoints global = CloudEndpoints.of(NationalCloud.GLOBAL);
        assertThat(global.authority("t1")).isEqualTo("https://login.microsoftonline.com/t1/");
        assertThat(global.graphUrl()).isEqualTo("https://graph.microsoft.com/v1.0");
        assertThat(global.scope()).isEqualTo("https://graph.microsoft.com/.default");
        assertThat(CloudEndpoints.of(NationalCloud.US_GOV).graphUrl()).isEqualTo("https://graph.microsoft.us/v1.0");
        assertThat(CloudEndpoints.of(NationalCloud.US_GOV_DOD).scope())
                .isEqualTo("https://dod-graph.microsoft.us/.default");
        assertThat(CloudEndpoints.of(NationalCloud.CHINA).authority("t2"))
                .isEqualTo("https://login.chinacloudapi.cn/t2/");
    }

    @Test
    void aConfiguredLoginUrlMayEndWithASlash() {
        assertThat(new CloudEndpoints("https://127.0.0.1:8443/", "x", "y").authority("t"))
                .isEqualTo("https://127.0.0.1:8443/t/");
    }
}
