package dev.aigraph.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * What edges looked like when only the sources published by a date were known: their properties summarised from
 * those claims alone, the same way the writer summarises all of them. For "as known at" questions.
 */
public final class EdgesKnownAt {

    private EdgesKnownAt() {
    }

    /**
     * The properties of each edge (by its {@code key}) from the claims whose source was published by
     * {@code knownAt}; an edge without such claims is absent.
     */
    public static Map<String, Map<String, Object>> properties(TransactionContext tx, List<String> keys,
                                                              LocalDate knownAt) {
        var properties = new HashMap<String, Map<String, Object>>();
        for (Record row : tx.run(GraphWriter.CLAIMS_OF_EDGES, GraphWriter.keysKnownAt(keys, knownAt)).list()) {
            String key = row.get("key").asString();
            var summary = EdgeSummary.of(row.get("claims").asList(GraphWriter::figures));
            properties.put(key, GraphWriter.edgeProperties(EdgeKey.parse(key).orElseThrow(), summary));
        }
        return properties;
    }
}
