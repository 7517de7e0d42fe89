package dev.aigraph.cli;

import dev.aigraph.backup.Progress;

/** A progress bar for each stage of a backup or restore, counted in lines of the file. */
final class StageBars implements Progress, AutoCloseable {

    private final String name;
    private Stage stage;
    private LazyBar bar;

    StageBars(String name) {
        this.name = name;
    }

    @Override
    public void step(Stage next, long done, long total) {
        if (next != stage) {
            close();
            stage = next;
            bar = new LazyBar(name + ": " + next.description(), " lines");
        }
        bar.step(done, total);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
