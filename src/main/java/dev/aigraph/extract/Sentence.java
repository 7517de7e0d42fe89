package dev.aigraph.extract;

import java.util.List;

import dev.aigraph.normalize.MoneyMention;
import dev.aigraph.normalize.QuantityMention;
import dev.aigraph.normalize.TimeMention;

/**
 * One sentence of a document with what the normaliser found in it; the figures' offsets count from the sentence's
 * start.
 *
 * @param index the sentence's place in the document, from 0
 * @param start where it starts in the document
 */
record Sentence(int index, int start, String text, List<Token> tokens, List<MoneyMention> money,
                List<QuantityMention> quantities, List<TimeMention> times) {
}
