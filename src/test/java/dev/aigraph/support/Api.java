package dev.aigraph.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The application's HTTP API on its test port, answering with the response as text. Every request carries the test
 * context's API key ({@code aigraph.security.api-key}, set by {@link AigraphTest}) unless made {@link #anonymous}.
 */
public final class Api {

    /** The API key of the test application context. */
    public static final String KEY = "aigraph-test-api-key-0123456789";

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String authorization;

    public Api(int port) {
        this(port, "Bearer " + KEY);
    }

    private Api(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    /** The same API without credentials. */
    public Api anonymous() {
        return new Api(port, null);
    }

    /** The same API sending {@code authorization} as the Authorization header. */
    public Api authorization(String header) {
        return new Api(port, header);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A POST of raw bytes, which need not be valid UTF-8. */
    public HttpResponse<String> post(String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A request to {@code path} with the API's credentials, for other methods and headers; see {@link #send}. */
    public HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
