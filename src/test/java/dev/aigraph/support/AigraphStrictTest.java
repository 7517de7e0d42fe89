package dev.aigraph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * An {@link AigraphTest} with every protective setting at its strict end: reads need the key, and one CORS origin is
 * allowed. All such classes share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AigraphTest
@TestPropertySource(properties = {
        "aigraph.security.protect-reads=true",
        "aigraph.security.cors-origins=" + AigraphStrictTest.ALLOWED_ORIGIN})
public @interface AigraphStrictTest {

    /** The one origin whose pages may call the API. */
    String ALLOWED_ORIGIN = "https://dashboard.example";
}
