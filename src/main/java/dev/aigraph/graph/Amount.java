package dev.aigraph.graph;

import java.util.Currency;
import java.util.Objects;

/**
 * A sum of money as a source states it: an exact whole number in base units of an ISO 4217 currency (13 billion US
 * dollars is {@code 13000000000 USD}), and whether the source gave it as approximate.
 */
public record Amount(long value, String currency, Qualifier qualifier) {

    /** How a source hedged a figure: "over 13 billion", "about", "up to". */
    public enum Qualifier {
        EXACT, OVER, ABOUT, UP_TO
    }

    public Amount {
        if (value < 0) {
            throw new IllegalArgumentException("an amount cannot be negative: " + value);
        }
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency);
        Objects.requireNonNull(qualifier, "qualifier");
    }

    public static Amount exact(long value, String currency) {
        return new Amount(value, currency, Qualifier.EXACT);
    }

    public boolean approximate() {
        return qualifier != Qualifier.EXACT;
    }
}
