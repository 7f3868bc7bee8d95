package dev.itam.m365.graph.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itam.m365.graph.GraphFailure;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NextLinkTest {

    @Test
    void readsTheQueryOfALinkToTheSameUsersResource() {
        Map<String, String> query = NextLink.query(
                "https://graph.microsoft.com/v1.0/users?$select=id,displayName"
                        + "&$top=999&$skiptoken=RFNwdAIAAQAAACo6%3D",
                "https://graph.microsoft.com/v1.0", "users");
        assertThat(query)
                .containsEntry("$select", "id,displayName")
                .containsEntry("$top", "999")
                .containsEntry("$skiptoken", "RFNwdAIAAQAAACo6=");
    }

    @Test
    void refusesALinkToAnotherResourceOfTheSameGraph() {
        assertThatThrownBy(() -> NextLink.query(
                        "https://graph.microsoft.com/v1.0/users?$skiptoken=x",
                        "https://graph.microsoft.com/v1.0",
                        "directory/subscriptions"))
                .isInstanceOf(GraphFailure.class)
                .hasMessageContaining("/v1.0/directory/subscriptions");
    }

    @Test
    void aDeltaLinkMayNameTheFunctionAsGraphsSdkDoes() {
        for (String form : new String[] {"delta", "delta()", "microsoft.graph.delta", "microsoft.graph.delta()"}) {
            assertThat(NextLink.query(
                            "https://graph.microsoft.com/v1.0/users/" + form + "?$deltatoken=abc",
                            "https://graph.microsoft.com/v1.0",
                            "users/delta"))
                    .as(form)
                    .containsExactly(Map.entry("$deltatoken", "abc"));
        }
        assertThatThrownBy(() -> NextLink.query(
                        "https://graph.microsoft.com/v1.0/groups/delta?$deltatoken=abc",
                        "https://graph.microsoft.com/v1.0",
                        "users/delta"))
                .isInstanceOf(GraphFailure.class);
    }

    @Test
    void refusesLinksElsewhere() {
        assertThatThrownBy(() -> NextLink.query(
                        "https://evil.example/v1.0/users?$skiptoken=x", "https://graph.microsoft.com/v1.0", "users"))
                .isInstanceOf(GraphFailure.class)
                .hasMessageContaining("evil.example");
    }
}
