package dev.aigraph.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the API ({@code aigraph.security.*}).
 *
 * @param apiKey       the key write requests send as {@code Authorization: Bearer <key>} (environment variable
 *                     {@code AIGRAPH_API_KEY}); when empty, the embedded default generates one into its data directory
 *                     and server mode refuses to start
 * @param protectReads require the key for {@code GET /api/…} too
 * @param corsOrigins  origins whose pages may call {@code /api/…} from a browser; none by default
 */
@ConfigurationProperties("aigraph.security")
public record ApiSecurityProperties(
        @DefaultValue("") String apiKey,
        @DefaultValue("false") boolean protectReads,
        @DefaultValue({}) List<String> corsOrigins) {
}
