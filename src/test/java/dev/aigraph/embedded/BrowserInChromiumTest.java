package dev.aigraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.unit.DataSize;

/**
 * Neo4j Browser, served by the embedded Neo4j, in a real Chromium: it connects to the embedded database, runs a
 * query of aigraph's guide typed into its editor and shows the answer in a result frame. Uses Debian's chromium and chromedriver, which {@code .ci/run}
 * installs; a test browser cannot be downloaded here.
 */
class BrowserInChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    // The guide's query "which sentences support an edge", as a newcomer would click it, in the guide file itself.
    private static String guideQuery() throws IOException {
        String guide = Files.readString(Path.of("cypher", "browser", "guide.html"));
        var matcher = Pattern.compile("<pre mode=\"cypher\"[^>]*>(MATCH \\(:Entity \\{name: 'Microsoft'}\\)"
                + "-\\[r:INVESTED_IN].*?)</pre>", Pattern.DOTALL).matcher(guide);
        assertThat(matcher.find()).as("the guide's evidence query").isTrue();
        return matcher.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("\n", " ");
    }

    @Test
    void browserConnectsRunsAGuideQueryAndShowsTheAnswer(@TempDir Path home) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        try (var neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, home.resolve("neo4j"), "127.0.0.1", 0,
                0, true, DataSize.ofMegabytes(64), ""))) {
            try (var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
                driver.executableQuery("""
                        CREATE (:Entity:Organization {id: 'microsoft', name: 'Microsoft'})
                               -[:INVESTED_IN {key: 'microsoft>INVESTED_IN>openai', amount: 13000000000}]->
                               (:Entity:Organization {id: 'openai', name: 'OpenAI'}),
                               (:Claim {edge: 'microsoft>INVESTED_IN>openai', sentence: 'Microsoft invested $13B in OpenAI',
                                        amount: 13000000000})-[:STATED_IN]->(:Source {id: 'test-source', published: '2025-01'})""")
                        .execute();
            }
            var options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1400,1000", "--user-data-dir=" + home.resolve("chromium"));
            var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
            var chrome = new ChromeDriver(service, options);
            try {
                // The test database has random ports, so Browser is told where Bolt is; no authentication.
                chrome.get(neo4j.browserUri().orElseThrow() + "?dbms=" + neo4j.boltUri()
                        + "&preselectAuthMethod=NO_AUTH");
                var wait = new WebDriverWait(chrome, Duration.ofSeconds(40));
                wait.until(d -> d.getPageSource().contains("Connected to Neo4j"));
                var editor = wait.until(d -> d.findElement(By.cssSelector("[data-testid='activeEditor'] textarea")));
                new Actions(chrome).click(editor).sendKeys(guideQuery()).perform();
                chrome.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
                wait.until(d -> d.findElement(By.cssSelector("[data-testid='frame']")).getText()
                        .contains("13000000000"));
                Path screenshot = Path.of("target", "neo4j-browser.png");
                Files.createDirectories(screenshot.getParent());
                Files.write(screenshot, chrome.getScreenshotAs(OutputType.BYTES));
                var frame = chrome.findElement(By.cssSelector("[data-testid='frame']"));
                assertThat(frame.getText()).contains("sentence", "Microsoft invested $13B in OpenAI", "test-source",
                        "13000000000");
                assertThat(screenshot).isNotEmptyFile();
            } finally {
                Files.createDirectories(Path.of("target"));
                Files.write(Path.of("target", "neo4j-browser-last.png"), chrome.getScreenshotAs(OutputType.BYTES));
                Files.writeString(Path.of("target", "neo4j-browser-last.html"), chrome.getPageSource());
                chrome.quit();
            }
        }
    }
}
