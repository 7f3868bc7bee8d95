package dev.itam.m365.graph.client;

import dev.itam.m365.graph.GraphUsage;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.util.concurrent.Callable;

/**
 * Carries a run's {@link GraphUsage} to the requests it makes: asks their priority
 * ({@code x-ms-throttle-priority}) and hands the throttling headers of every answer, errors
 * included, back to it. The REST client is shared by every run and its interface knows no run, so
 * the usage travels with the calling thread: a synchronous call runs its filters on that thread.
 */
public class ThrottleHeaders implements ClientRequestFilter, ClientResponseFilter {

    static final String PRIORITY = "x-ms-throttle-priority";
    static final String RESOURCE_UNIT = "x-ms-resource-unit";
    static final String LIMIT_PERCENTAGE = "x-ms-throttle-limit-percentage";

    private static final ThreadLocal<GraphUsage> CURRENT = new ThreadLocal<>();

    /** Runs one REST call on this thread for the usage. */
    static <T> T during(GraphUsage usage, Callable<T> call) throws Exception {
        CURRENT.set(usage);
        try {
            return call.call();
        } finally {
            CURRENT.remove();
        }
    }

    @Override
    public void filter(ClientRequestContext request) {
        GraphUsage usage = CURRENT.get();
        if (usage != null && usage.priority().header() != null) {
            request.getHeaders().putSingle(PRIORITY, usage.priority().header());
        }
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        GraphUsage usage = CURRENT.get();
        if (usage != null) {
            usage.answered(
                    response.getStatus(),
                    response.getHeaderString(RESOURCE_UNIT),
                    response.getHeaderString(LIMIT_PERCENTAGE));
        }
    }

    /** The usage of the call running on this thread, for stand-ins of the REST client in tests. */
    static GraphUsage current() {
        return CURRENT.get();
    }
}
