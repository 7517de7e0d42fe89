package dev.aigraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import dev.aigraph.support.AigraphStrictTest;
import dev.aigraph.support.Api;
import dev.aigraph.support.CommandLineRun;
import dev.aigraph.support.GraphFixture;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reports run read-only and within the query time limit, over the API and from the command line, with the test-only
 * reports of {@code src/test/resources/test-reports}: one tries to write, one would run for minutes.
 */
@AigraphStrictTest
class ReadOnlyReportsTest {

    private static final String TEST_REPORTS = "--aigraph.reports.location=classpath*:test-reports/*.cypher";

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    private long intruders() {
        return new GraphFixture(driver).count("MATCH (n:Intruder) RETURN count(n)");
    }

    @Test
    void aReportThatWritesAnswers403NamingItAndWritesNothing() throws Exception {
        var response = new Api(port).get("/api/reports/writes");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("report 'writes' tries to write to the graph",
                "reports run in read-only transactions");
        assertThat(intruders()).isZero();
    }

    @Test
    void theReportCommandRefusesAWritingReportWithTheMessageAndANonZeroExit() {
        var run = CommandLineRun.of("report", "writes", TEST_REPORTS);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("report: report 'writes' tries to write to the graph").doesNotContain("\tat ");
        assertThat(intruders()).isZero();
    }

    @Test
    void aReportRunningPastTheTimeLimitIsStoppedWith504() throws Exception {
        Instant start = Instant.now();
        var response = new Api(port).get("/api/reports/slow");

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.body()).contains("the query ran longer than 5 s (aigraph.query.timeout) and was stopped");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));

        var run = CommandLineRun.of("report", "slow", TEST_REPORTS, "--aigraph.query.timeout=1s");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("ran longer than 1 s");
    }
}
