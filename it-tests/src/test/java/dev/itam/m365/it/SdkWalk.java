package dev.itam.m365.it;

import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.core.tasks.PageIterator;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;
import dev.itam.m365.simulator.GraphSimulator;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * The benchmark's second yardstick: Microsoft's Graph SDK for Java reading every user of the tenant
 * with the import's {@code $select} and page size through its {@code PageIterator}, with a token
 * fetched once, doing nothing with them. What the import does beyond fetching and parsing (staging,
 * merging) is measured against this.
 */
final class SdkWalk {

    private SdkWalk() {}

    /** @return the users read and the seconds it took */
    static double[] walk(GraphSimulator simulator, String token, String[] select, int top) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(simulator.tls().trustStore());
        OkHttpClient http = GraphClientFactory.create()
                .sslSocketFactory(simulator.tls().clientContext().getSocketFactory(), (X509TrustManager)
                        trust.getTrustManagers()[0])
                .build();
        AccessTokenProvider tokens = new AccessTokenProvider() {
            @Override
            public String getAuthorizationToken(URI uri, Map<String, Object> context) {
                return token;
            }

            @Override
            public AllowedHostsValidator getAllowedHostsValidator() {
                return new AllowedHostsValidator("127.0.0.1");
            }
        };
        GraphServiceClient graph = new GraphServiceClient(new BaseBearerTokenAuthenticationProvider(tokens), http);
        graph.getRequestAdapter().setBaseUrl(simulator.graphBaseUrl());
        long start = System.nanoTime();
        UserCollectionResponse first = graph.users().get(request -> {
            request.queryParameters.select = select;
            request.queryParameters.top = top;
        });
        AtomicLong users = new AtomicLong();
        new PageIterator.Builder<User, UserCollectionResponse>()
                .client(graph)
                .collectionPage(first)
                .collectionPageFactory(UserCollectionResponse::createFromDiscriminatorValue)
                .processPageItemCallback(user -> {
                    users.incrementAndGet();
                    return true;
                })
                .build()
                .iterate();
        return new double[] {users.get(), (System.nanoTime() - start) / 1e9};
    }
}
