package dev.aigraph.normalize;

import dev.aigraph.graph.Amount;

/**
 * An amount of money found in a text; {@code [start, end)} spans it with its qualifier ("over $13 billion").
 *
 * @param currencyAssumed the text gave no currency ("300B") and the language's default was assumed
 */
public record MoneyMention(Amount amount, int start, int end, boolean currencyAssumed) {
}
