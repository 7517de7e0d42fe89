package dev.aigraph.query;

import java.util.List;
import java.util.Map;

import dev.aigraph.graph.RelationType;

/**
 * The one definition of "X depends on Y": which relation types carry a dependency, and in which direction. Forward:
 * the subject depends on the object (OpenAI BUYS_COMPUTE_FROM Oracle: OpenAI depends on Oracle). Reverse: the object
 * depends on the subject (NVIDIA SUPPLIES OpenAI: OpenAI depends on NVIDIA).
 * <table>
 * <tr><th>relation</th><th>direction</th><th>X depends on Y because</th></tr>
 * <tr><td>BUYS_COMPUTE_FROM</td><td>forward</td><td>X buys compute from Y</td></tr>
 * <tr><td>RUNS_ON</td><td>forward</td><td>X runs on Y's cloud</td></tr>
 * <tr><td>USES_MODEL</td><td>forward</td><td>X's product integrates Y's model</td></tr>
 * <tr><td>LICENSES</td><td>forward</td><td>X holds rights to Y's IP</td></tr>
 * <tr><td>DEVELOPS</td><td>forward</td><td>what X's products and models depend on, X depends on</td></tr>
 * <tr><td>DEVELOPS</td><td>reverse</td><td>a model or product depends on its developer</td></tr>
 * <tr><td>SUPPLIES</td><td>reverse</td><td>Y supplies X with chips, hardware or other inputs</td></tr>
 * <tr><td>INVESTED_IN</td><td>reverse</td><td>X received money from Y</td></tr>
 * <tr><td>SUBSIDIARY_OF</td><td>forward</td><td>X is part of Y</td></tr>
 * </table>
 * Partnerships, competition, membership, rights of first refusal and people are not dependencies.
 */
final class Dependency {

    static final Map<RelationType, List<String>> DIRECTIONS = Map.of(
            RelationType.BUYS_COMPUTE_FROM, List.of("forward"),
            RelationType.RUNS_ON, List.of("forward"),
            RelationType.USES_MODEL, List.of("forward"),
            RelationType.LICENSES, List.of("forward"),
            RelationType.DEVELOPS, List.of("forward", "reverse"),
            RelationType.SUPPLIES, List.of("reverse"),
            RelationType.INVESTED_IN, List.of("reverse"),
            RelationType.SUBSIDIARY_OF, List.of("forward"));

    private Dependency() {
    }

    /** Every relation type that carries a dependency. */
    static List<RelationType> all() {
        return List.copyOf(DIRECTIONS.keySet());
    }

    /** The types followed subject → object, restricted to {@code allowed}. */
    static List<String> forward(List<RelationType> allowed) {
        return names(allowed, "forward");
    }

    /** The types followed object → subject, restricted to {@code allowed}. */
    static List<String> reverse(List<RelationType> allowed) {
        return names(allowed, "reverse");
    }

    private static List<String> names(List<RelationType> allowed, String direction) {
        return DIRECTIONS.entrySet().stream()
                .filter(e -> e.getValue().contains(direction) && allowed.contains(e.getKey()))
                .map(e -> e.getKey().name()).sorted().toList();
    }
}
