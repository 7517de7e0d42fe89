package dev.aigraph.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The machine's load average over the last minute when a measurement began and when it ended. It stands beside every
 * figure because other work shares the machine: a figure taken at load 4 on two cores is not one taken at load 0.
 */
record Load(double before, double after) {

    static double now() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The load now, as the start of a measurement; {@link #until()} ends it. */
    static Load from() {
        double now = now();
        return new Load(now, now);
    }

    Load until() {
        return new Load(before, now());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f→%.1f", before, after);
    }
}
