package dev.aigraph.bench;

import java.util.Arrays;
import java.util.List;

/** The median of several runs' figures: one run's hiccup does not move it. */
final class Medians {

    private Medians() {
    }

    static double of(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static double of(double... values) {
        return of(Arrays.stream(values).boxed().toList());
    }
}
