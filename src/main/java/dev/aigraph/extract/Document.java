package dev.aigraph.extract;

import java.util.Objects;
import java.util.regex.Pattern;

import dev.aigraph.graph.PartialDate;

/**
 * An article to extract facts from.
 *
 * @param name      how the document is called in output and as a source: a file name, a URL or a title
 * @param text      the article's text; a title, if any, is not repeated in it
 * @param title     the headline, read as the first sentence
 * @param url       where it was published, when known
 * @param published when it was published; relative dates ("in July", "deze week") resolve against it
 * @param language  ISO 639-1 code (en, nl, de) when the caller knows it; otherwise it is detected
 */
public record Document(String name, String text, String title, String url, PartialDate published, String language) {

    /** A leading {@code date 2025-09-11} line (or prefix) of an article file. */
    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date[ \\t]+(\\S+)[ \\t]*\\R?");

    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** Whether a file's text opens with a {@code date …} line or prefix, as article files do. */
    public static boolean hasDateLine(String content) {
        return DATE_LINE.matcher(content).find();
    }

    /**
     * An article file's document: the text after a leading {@code date YYYY-MM-DD} line or prefix, dated by it unless
     * {@code published} is given.
     *
     * @throws IllegalArgumentException naming the file, line 1 and the column when the date is not a date
     */
    public static Document ofFile(String name, String content, PartialDate published, String language) {
        var matcher = DATE_LINE.matcher(content);
        if (!matcher.find()) {
            return new Document(name, content, null, null, published, language);
        }
        PartialDate stated;
        try {
            stated = PartialDate.parse(matcher.group(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": line 1, column " + (matcher.start(1) + 1) + ": "
                    + e.getMessage());
        }
        return new Document(name, content.substring(matcher.end()), null, null,
                published != null ? published : stated, language);
    }
}
