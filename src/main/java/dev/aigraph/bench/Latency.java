package dev.aigraph.bench;

import java.util.Arrays;

/** Percentiles of a set of latencies, in milliseconds (nearest rank). */
record Latency(int n, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    static Latency of(long[] nanos, int count) {
        if (count == 0) {
            return new Latency(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Latency(count, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[count - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
