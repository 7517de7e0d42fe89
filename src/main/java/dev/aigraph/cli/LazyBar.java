package dev.aigraph.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on the console that appears at the first step, so work that fails before it starts prints none.
 * A total below zero, not known yet, shows a count without a percentage.
 */
final class LazyBar implements AutoCloseable {

    private final String task;
    private final String unit;
    private ProgressBar bar;

    LazyBar(String task, String unit) {
        this.task = task;
        this.unit = unit;
    }

    void step(long done, long total) {
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(unit, 1)
                    .continuousUpdate().build();
        } else if (total >= 0 && bar.getMax() != total) {
            bar.maxHint(total);
        }
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
