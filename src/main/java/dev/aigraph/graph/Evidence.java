package dev.aigraph.graph;

import java.util.Objects;

/**
 * Where a fact comes from: the source, the sentence (or statement line) that states it, how it was obtained, and how
 * sure the method is.
 */
public record Evidence(Source source, String sentence, Method method, double confidence) {

    /** How a fact entered the graph. */
    public enum Method {
        STATEMENT, STRUCTURED_IMPORT, ARTICLE_EXTRACTION
    }

    public Evidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(method, "method");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
    }
}
