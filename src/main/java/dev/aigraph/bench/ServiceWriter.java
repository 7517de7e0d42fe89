package dev.aigraph.bench;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.aigraph.graph.Source;
import dev.aigraph.ingest.IngestProgress;
import dev.aigraph.ingest.IngestionService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes generated facts the way a user's JSON Lines file goes in ({@code aigraph ingest facts.jsonl},
 * {@code POST /api/facts}): through aigraph's ingestion service, which parses, resolves every name and writes claims
 * and edges in batches. The facts are handed over in chunks, so a stream of any length stays in bounded memory.
 */
final class ServiceWriter {

    /** Facts per call of the service: each call resolves its names with one read of the graph. */
    static final int CHUNK = 10_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // Every generated fact names its article; the service still wants a source for facts that name none.
    private static final Source UNNAMED = new Source("bench", "aigraph benchmark", null, "en", null, null);

    private final IngestionService ingestion;

    ServiceWriter(IngestionService ingestion) {
        this.ingestion = ingestion;
    }

    void write(Iterator<SyntheticFact> facts) {
        var lines = new StringBuilder();
        int inChunk = 0;
        while (facts.hasNext()) {
            lines.append(JSON.writeValueAsString(line(facts.next()))).append('\n');
            if (++inChunk == CHUNK) {
                ingest(lines.toString());
                lines.setLength(0);
                inChunk = 0;
            }
        }
        if (inChunk > 0) {
            ingest(lines.toString());
        }
    }

    private void ingest(String jsonLines) {
        var report = ingestion.ingestFacts(jsonLines, UNNAMED, false, IngestProgress.NONE);
        if (!report.valid()) {
            throw new IllegalStateException("aigraph refused a generated fact: " + report.errors().get(0).describe());
        }
    }

    /** The fact in the fields of aigraph's structured import. */
    static Map<String, Object> line(SyntheticFact fact) {
        var line = new LinkedHashMap<String, Object>();
        line.put("subject", fact.subject().name());
        line.put("relation", fact.relation().name());
        line.put("object", fact.object().name());
        if (fact.amount() != null) {
            line.put("amount", fact.amount());
            line.put("currency", fact.currency());
            line.put("date", fact.article().published());
        }
        if (fact.start() != null) {
            line.put("start", fact.start());
        }
        if (fact.end() != null) {
            line.put("end", fact.end());
        }
        line.put("sentence", fact.sentence());
        line.put("source", Map.of("id", fact.article().id(), "title", fact.article().title(),
                "published", fact.article().published(), "lang", "en"));
        return line;
    }
}
