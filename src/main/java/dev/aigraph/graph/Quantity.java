package dev.aigraph.graph;

import java.math.BigDecimal;
import java.util.Objects;

/** A non-monetary magnitude a deal states, such as 4.5 GW of data-centre capacity. */
public record Quantity(BigDecimal value, String unit) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a quantity cannot be negative: " + value);
        }
        value = value.stripTrailingZeros();
    }
}
