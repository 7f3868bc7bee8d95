package dev.itam.m365.graph.client;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** One page of {@code GET /directory/subscriptions}; {@code nextLink} is absent on the last page. */
public record SubscriptionPage(
        List<CompanySubscription> value,
        @JsonbProperty("@odata.nextLink") String nextLink) implements GraphPage<CompanySubscription> {}
