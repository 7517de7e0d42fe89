package dev.aigraph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * An {@link AigraphTest} with every protective setting at its strict end, small enough to reach in a test: reads
 * need the key, one CORS origin is allowed, 3 items per request, 2 answers per question, depth 2, a 5 s query time
 * limit, and the test-only reports of {@code src/test/resources/test-reports} (one writes, one runs for minutes).
 * All such classes share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AigraphTest
@TestPropertySource(properties = {
        "aigraph.security.protect-reads=true",
        "aigraph.security.cors-origins=" + AigraphStrictTest.ALLOWED_ORIGIN,
        "aigraph.ingest.max-items=3",
        "aigraph.ingest.max-body-bytes=4096",
        "aigraph.query.max-results=2",
        "aigraph.query.max-depth=2",
        "aigraph.query.timeout=5s",
        "aigraph.reports.location=classpath*:test-reports/*.cypher"})
public @interface AigraphStrictTest {

    /** The one origin whose pages may call the API. */
    String ALLOWED_ORIGIN = "https://dashboard.example";
}
