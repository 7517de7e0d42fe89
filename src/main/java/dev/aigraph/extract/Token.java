package dev.aigraph.extract;

/**
 * A word, number or punctuation mark of a sentence, as the language's word segmenter cut it.
 *
 * @param lower       the text in lower case, for matching words
 * @param start       where it starts in the document
 * @param end         where it ends, exclusive
 * @param spaceBefore whether white space stands before it: a "-" without space on either side joins a compound
 *                    ("Microsoft-CEO"), one with space is a dash between clauses
 */
record Token(String text, String lower, int start, int end, boolean spaceBefore) {

    boolean is(String word) {
        return lower.equals(word);
    }

    boolean isPunctuation() {
        return !text.isEmpty() && !Character.isLetterOrDigit(text.codePointAt(0));
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) || isNumber();
    }

    /** A figure or a year: the token starts with a digit. */
    boolean isNumber() {
        return !text.isEmpty() && Character.isDigit(text.codePointAt(0));
    }
}
