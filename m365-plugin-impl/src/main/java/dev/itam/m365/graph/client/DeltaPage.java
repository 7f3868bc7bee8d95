package dev.itam.m365.graph.client;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * One page of {@code GET /users/delta}: a next link while the round goes on, a delta link (where the
 * next round starts) on its last page, never both.
 */
public record DeltaPage(
        List<GraphUser> value,
        @JsonbProperty("@odata.nextLink") String nextLink,
        @JsonbProperty("@odata.deltaLink") String deltaLink)
        implements GraphPage<GraphUser> {}
