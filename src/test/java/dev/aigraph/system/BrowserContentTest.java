package dev.aigraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.aigraph.ingest.IngestionService;
import dev.aigraph.support.AigraphTest;
import dev.aigraph.support.GraphFixture;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The style and guide Neo4j Browser loads from the app: served with CORS, and every guide query answers. */
@AigraphTest
class BrowserContentTest {

    private static final Pattern RUNNABLE = Pattern.compile("<pre mode=\"cypher\"[^>]*>(.*?)</pre>", Pattern.DOTALL);
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    IngestionService ingestion;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Origin", "http://localhost:7474").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theStyleIsServedToBrowserWithCors() throws Exception {
        var style = get("/browser/aigraph.grass");
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:7474");
        assertThat(style.body()).contains("node.Organization", "node.CloudPlatform",
                "relationship.INVESTED_IN { color: #2E7D32; shaft-width: 3px; caption: \"{amount} {currency}\"; }");
    }

    @Test
    void everyQueryOfTheGuideAnswersOnTheSampleGraph() throws Exception {
        new GraphFixture(driver).loadSample(ingestion);
        var guide = get("/browser/guide.html");
        assertThat(guide.body()).startsWith("<article class=\"guide\">");
        List<String> queries = new ArrayList<>();
        var matcher = RUNNABLE.matcher(guide.body());
        while (matcher.find()) {
            queries.add(matcher.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(6).allSatisfy(query ->
                assertThat(driver.executableQuery(query).execute().records()).as(query).isNotEmpty());
    }
}
