package dev.aigraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedNeo4jConfigurationTest {

    @Test
    void browserIsToldToApplyTheStyleAndOpenTheGuideFromTheApp() {
        assertThat(EmbeddedNeo4jConfiguration.browserPostConnect(8080, "servlet"))
                .isEqualTo("style http://localhost:8080/browser/aigraph.grass; "
                        + "play http://localhost:8080/browser/guide.html");
    }

    @Test
    void withoutAKnownApiPortBrowserIsToldNothing() {
        assertThat(EmbeddedNeo4jConfiguration.browserPostConnect(0, "servlet")).isNull();
        assertThat(EmbeddedNeo4jConfiguration.browserPostConnect(8080, "none")).isNull();
    }
}
