package dev.aigraph.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws 0..n-1 with probability proportional to 1/(i+1)^s: item 0 is the biggest hub, and a long tail of items is
 * rarely drawn. The heavy tail is what makes a few clouds and chip makers carry most of the graph's edges.
 */
final class Zipf {

    private final double[] cumulative;

    Zipf(int n, double exponent) {
        if (n < 1) {
            throw new IllegalArgumentException("a Zipf distribution needs at least one item");
        }
        cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
    }

    int next(SplittableRandom random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(at < 0 ? -at - 1 : at, cumulative.length - 1);
    }
}
