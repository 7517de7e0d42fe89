package dev.aigraph.graph;

import java.util.Objects;
import java.util.Optional;

/**
 * A document facts were taken from: an article, a statement file, an import. Its {@code id} is stable for the same
 * document, so ingesting it twice finds the same source.
 *
 * @param id          stable key: the URL when there is one, else a hash of the content
 * @param language    ISO 639-1 code (en, nl, de), when known
 * @param published   when the document was published, at the precision known
 * @param contentHash SHA-256 of the document's text, when the text is known
 */
public record Source(String id, String title, String url, String language, PartialDate published, String contentHash) {

    /** Longest id: ids are indexed, and an index refuses values of some kilobytes. A URL is far shorter. */
    public static final int MAX_ID_LENGTH = 1000;

    public Source {
        Objects.requireNonNull(id, "id");
    }

    /** Why {@code id} cannot identify a source, if it cannot. */
    public static Optional<String> refuseId(String id) {
        return id.length() <= MAX_ID_LENGTH ? Optional.empty() : Optional.of("the source id is " + id.length()
                + " characters long; at most " + MAX_ID_LENGTH);
    }
}
