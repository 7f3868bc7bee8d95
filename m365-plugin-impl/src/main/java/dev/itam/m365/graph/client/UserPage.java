package dev.itam.m365.graph.client;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** One page of {@code GET /users}; {@code nextLink} is absent on the last page. */
public record UserPage(
        List<GraphUser> value,
        @JsonbProperty("@odata.nextLink") String nextLink) implements GraphPage<GraphUser> {}
