package dev.aigraph.normalize;

import dev.aigraph.graph.Quantity;

/**
 * A non-monetary magnitude found in a text, such as "4,5 Gigawatt".
 *
 * @param quantity the magnitude, its unit normalised to a symbol ("GW")
 * @param start    where the mention starts in the text
 * @param end      where it ends, exclusive
 */
public record QuantityMention(Quantity quantity, int start, int end) {
}
