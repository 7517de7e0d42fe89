package dev.aigraph.system;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies of the endpoints that take documents and statements: read with a size limit
 * ({@code aigraph.ingest.max-body-bytes}) and, for JSON, parsed with errors that say where.
 */
public final class RequestBodies {

    // A misspelt field is an error rather than silently dropped: {"publsihed": …} must not lose the date.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private RequestBodies() {
    }

    /**
     * The body as UTF-8 text, read with a limit so an oversized body is refused (413) before it is held in memory
     * whole.
     */
    public static String text(HttpServletRequest request, long maxBytes) {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE, "the body is larger than " + maxBytes
                        + " bytes (aigraph.ingest.max-body-bytes); split the input or use the ingest command");
            }
            return Utf8.decode(bytes);
        } catch (IllegalArgumentException notText) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "the body is " + notText.getMessage());
        } catch (IOException e) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "could not read the body: " + e.getMessage());
        }
    }

    /**
     * JSON text read into {@code type}; malformed JSON answers 400 with line and column, an unknown field 400 naming
     * it and the known ones.
     */
    public static <T> T json(String body, Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "unknown field '" + e.getPropertyName() + "'; known fields: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "not JSON" + (at == null ? "" : " at line "
                    + at.getLineNr() + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        }
    }
}
