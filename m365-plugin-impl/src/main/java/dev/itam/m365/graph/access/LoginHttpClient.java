package dev.itam.m365.graph.access;

import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.HttpResponse;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;

/**
 * MSAL4J's HTTP client, sending as MSAL's default client does (system proxy settings, the plugin's
 * timeouts and trust store) but answering every error status with a {@link LoginErrorAnswer}, so that
 * the status reaches the admin whatever the body is.
 */
final class LoginHttpClient implements IHttpClient {

    private final Optional<SSLContext> sslContext;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    LoginHttpClient(Optional<SSLContext> sslContext, Duration connectTimeout, Duration readTimeout) {
        this.sslContext = sslContext;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    @Override
    public IHttpResponse send(HttpRequest request) throws IOException, LoginErrorAnswer {
        HttpURLConnection connection = (HttpURLConnection) request.url().openConnection();
        connection.setConnectTimeout((int) connectTimeout.toMillis());
        connection.setReadTimeout((int) readTimeout.toMillis());
        if (connection instanceof HttpsURLConnection https) {
            sslContext.ifPresent(context -> https.setSSLSocketFactory(context.getSocketFactory()));
        }
        connection.setRequestMethod(request.httpMethod().name());
        if (request.headers() != null) {
            request.headers().forEach(connection::addRequestProperty);
        }
        if (request.body() != null) {
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(request.body().getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        String body = text(status >= 400 ? connection.getErrorStream() : connection.getInputStream());
        if (status >= 400) {
            throw LoginErrorAnswer.read(status, connection.getContentType(), body);
        }
        HttpResponse response = new HttpResponse().statusCode(status).body(body);
        response.addHeaders(connection.getHeaderFields());
        return response;
    }

    private static String text(InputStream stream) throws IOException {
        if (stream == null) {
            return "";
        }
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
