package dev.aigraph.query;

import java.util.List;

import dev.aigraph.graph.RelationType;

/**
 * Which relations move money, and which way, for circular deals: an investor pays the investee
 * ({@code INVESTED_IN}, forward), a buyer pays for compute and cloud ({@code BUYS_COMPUTE_FROM}, {@code RUNS_ON},
 * forward), a customer pays its supplier ({@code SUPPLIES}, reverse: the money goes from object to subject).
 */
final class MoneyFlow {

    static final List<RelationType> FORWARD = List.of(RelationType.INVESTED_IN, RelationType.BUYS_COMPUTE_FROM,
            RelationType.RUNS_ON);
    static final List<RelationType> REVERSE = List.of(RelationType.SUPPLIES);

    private MoneyFlow() {
    }

    static List<RelationType> all() {
        return java.util.stream.Stream.concat(FORWARD.stream(), REVERSE.stream()).toList();
    }

    static List<String> forward(List<RelationType> allowed) {
        return FORWARD.stream().filter(allowed::contains).map(Enum::name).toList();
    }

    static List<String> reverse(List<RelationType> allowed) {
        return REVERSE.stream().filter(allowed::contains).map(Enum::name).toList();
    }
}
