package dev.aigraph.ingest;

/** Told after each written batch how many facts of the input are written so far. */
@FunctionalInterface
public interface IngestProgress {

    IngestProgress NONE = (written, total) -> { };

    void written(int facts, int total);
}
