package dev.aigraph.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import dev.aigraph.ingest.IngestionService;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ingestion at growing sizes, each size several times, each time on fresh stores: the generated facts through
 * aigraph's ingestion service, and the same facts through the hand-tuned {@link RawWriter} (the limit), one after
 * the other so their ratio is taken at the same load. At the full size, a slice of the same facts also goes through
 * SDN {@code save()} per fact (the naive way), and the heap is watched while aigraph ingests.
 */
final class IngestBench {

    /** One run at one size. */
    record Run(double factsPerSec, double rawFactsPerSec, double ratioVsRaw, Load load) {
    }

    /** A size with the medians of its runs. */
    record Step(long facts, double factsPerSec, double rawFactsPerSec, double ratioVsRaw, List<Run> runs) {
    }

    /** The naive way on a slice, per run, and aigraph's rate at the full size over it. */
    record Naive(int facts, double factsPerSec, double ratio, List<Double> runs) {
    }

    /**
     * What ingestion measured, and the application kept running on the last full-size store for the queries.
     *
     * @param generatorFactsPerSec how fast the generator alone makes facts: part of every rate above
     */
    record Result(List<Step> steps, Naive naive, double generatorFactsPerSec, double peakHeapMb,
                  double peakHeapAfterCollectionMb, Stores.Counts aigraphCounts, Stores.Counts rawCounts,
                  ConfigurableApplicationContext application, Path store) {
    }

    private final Stores stores;
    private final long size;
    private final int runs;
    private final int naiveFacts;
    private final long seed;
    private final PrintWriter log;

    IngestBench(Stores stores, long size, int runs, int naiveFacts, long seed, PrintWriter log) {
        this.stores = stores;
        this.size = size;
        this.runs = runs;
        this.naiveFacts = naiveFacts;
        this.seed = seed;
        this.log = log;
    }

    /** The sizes measured: a hundredth and a tenth of the full size (from 1,000 facts up), and the full size. */
    static List<Long> sizes(long size) {
        var sizes = new ArrayList<Long>();
        for (long step : new long[] {size / 100, size / 10}) {
            if (step >= 1000) {
                sizes.add(step);
            }
        }
        sizes.add(size);
        return sizes;
    }

    Result run() {
        double generatorFactsPerSec = generatorRate();
        List<Long> sizes = sizes(size);
        if (sizes.size() > 1) {
            warmUp(sizes.get(0));
        }
        var steps = new ArrayList<Step>();
        var naiveRuns = new ArrayList<Double>();
        var naiveRatios = new ArrayList<Double>();
        double peakHeap = 0;
        double peakAfterCollection = 0;
        Stores.Counts aigraphCounts = null;
        Stores.Counts rawCounts = null;
        ConfigurableApplicationContext kept = null;
        Path keptStore = null;
        for (long facts : sizes) {
            var graph = new SyntheticGraph(facts, seed);
            var stepRuns = new ArrayList<Run>();
            for (int run = 1; run <= runs; run++) {
                boolean full = facts == size;
                var load = Load.from();
                double raw;
                try (var bare = stores.bare(stores.newFolder("raw"))) {
                    raw = rate(facts, () -> new RawWriter(bare.driver()).write(graph.facts()));
                    rawCounts = Stores.counts(bare.driver());
                }
                Path store = stores.newFolder("aigraph");
                var application = stores.application(store);
                Driver driver = application.getBean(Driver.class);
                if (full) {
                    double naive = rate(Math.min(naiveFacts, facts), () -> new NaiveWriter(application.getBean(
                            NaiveClaims.class)).write(first(naiveFacts, graph.facts())));
                    naiveRuns.add(naive);
                    driver.executableQuery("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n").execute();
                }
                double aigraph;
                try (var heap = new HeapWatch()) {
                    var service = new ServiceWriter(application.getBean(IngestionService.class));
                    aigraph = rate(facts, () -> service.write(graph.facts()));
                    if (full) {
                        peakHeap = Math.max(peakHeap, heap.peakUsedMb());
                        peakAfterCollection = Math.max(peakAfterCollection, heap.peakAfterCollectionMb());
                        naiveRatios.add(aigraph / naiveRuns.get(naiveRuns.size() - 1));
                    }
                }
                aigraphCounts = Stores.counts(driver);
                var measured = new Run(aigraph, raw, aigraph / raw, load.until());
                stepRuns.add(measured);
                log.printf("ingest %,d facts, run %d: aigraph %,.0f facts/s, limit %,.0f facts/s (%.2fx)%s, load %s%n",
                        facts, run, aigraph, raw, measured.ratioVsRaw(), full ? String.format(", naive %,.0f facts/s",
                                naiveRuns.get(naiveRuns.size() - 1)) : "", measured.load());
                log.flush();
                if (full && run == runs) {
                    kept = application;
                    keptStore = store;
                } else {
                    application.close();
                    Stores.delete(store);
                }
            }
            steps.add(new Step(facts, Medians.of(stepRuns.stream().map(Run::factsPerSec).toList()),
                    Medians.of(stepRuns.stream().map(Run::rawFactsPerSec).toList()),
                    Medians.of(stepRuns.stream().map(Run::ratioVsRaw).toList()), stepRuns));
        }
        var naive = new Naive((int) Math.min(naiveFacts, size), Medians.of(naiveRuns), Medians.of(naiveRatios),
                naiveRuns);
        return new Result(steps, naive, generatorFactsPerSec, peakHeap, peakAfterCollection, aigraphCounts,
                rawCounts, kept, keptStore);
    }

    // The first store of a JVM pays for loading and compiling Neo4j's and aigraph's code; the runs should not.
    private void warmUp(long facts) {
        var graph = new SyntheticGraph(facts, seed);
        try (var bare = stores.bare(stores.newFolder("warm-up-raw"))) {
            new RawWriter(bare.driver()).write(graph.facts());
        }
        Path store = stores.newFolder("warm-up-aigraph");
        try (var application = stores.application(store)) {
            new ServiceWriter(application.getBean(IngestionService.class)).write(graph.facts());
        }
        Stores.delete(store);
    }

    private double generatorRate() {
        var graph = new SyntheticGraph(size, seed);
        return rate(size, () -> graph.facts().forEachRemaining(fact -> { }));
    }

    private static double rate(long facts, Runnable work) {
        long started = System.nanoTime();
        work.run();
        return facts / ((System.nanoTime() - started) / 1e9);
    }

    private static <T> Iterator<T> first(int count, Iterator<T> all) {
        return new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return given < count && all.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                given++;
                return all.next();
            }
        };
    }
}
