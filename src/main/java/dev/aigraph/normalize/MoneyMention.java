package dev.aigraph.normalize;

import dev.aigraph.graph.Amount;

/**
 * A sum of money found in a text.
 *
 * @param amount          the sum, exact in base units, with the hedge the text put before it
 * @param start           where the mention starts in the text, qualifier words included ("over $13 billion")
 * @param end             where it ends, exclusive, so {@code text.substring(start, end)} is the mention
 * @param currencyAssumed whether the text named no currency and the language's default was taken ("300B")
 */
public record MoneyMention(Amount amount, int start, int end, boolean currencyAssumed) {
}
