package dev.aigraph.graph;

import java.util.Objects;

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

    public Source {
        Objects.requireNonNull(id, "id");
    }
}
