package dev.aigraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import dev.aigraph.support.AigraphStrictTest;
import dev.aigraph.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With {@code protect-reads} reads need the key too; with {@code cors-origins} that origin's pages may call. */
@AigraphStrictTest
class ProtectedReadsTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void readsAnswer401WithoutTheKeyAnd200WithIt() throws Exception {
        for (String read : new String[] {"/api/entities?q=open", "/api/reports", "/api/review"}) {
            var anonymous = api.anonymous().get(read);
            assertThat(anonymous.statusCode()).as(read).isEqualTo(401);
            assertThat(anonymous.body()).contains("GET " + read.replaceFirst("\\?.*", "") + " needs the API key");
            assertThat(api.get(read).statusCode()).as(read).isEqualTo(200);
        }
        assertThat(api.anonymous().get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void theConfiguredOriginMayCallTheApiAndNoOther() throws Exception {
        var preflight = api.anonymous().send(api.anonymous().request("/api/statements")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", AigraphStrictTest.ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"));
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue(AigraphStrictTest.ALLOWED_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");

        var read = api.send(api.request("/api/reports").header("Origin", AigraphStrictTest.ALLOWED_ORIGIN));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue(AigraphStrictTest.ALLOWED_ORIGIN);

        var foreign = api.send(api.request("/api/reports").header("Origin", "https://evil.example"));
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
