package dev.aigraph.normalize;

import dev.aigraph.graph.Quantity;

/** A quantity with a unit found in a text ("4,5 Gigawatt"), spanning {@code [start, end)}. */
public record QuantityMention(Quantity quantity, int start, int end) {
}
