package dev.aigraph.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.aigraph.graph.Evidence;
import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.Source;
import dev.aigraph.ingest.IngestReport;
import dev.aigraph.ingest.IngestionService;
import dev.aigraph.ingest.IngestionService.EvidencedFact;
import dev.aigraph.ingest.InputError;
import dev.aigraph.resolve.NameKey;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Service;

/**
 * The review queue: facts from articles that are not sure enough, or that name an entity the graph does not know, kept
 * as {@code Proposal} nodes linked to their source ({@code PROPOSED_IN}) until a reviewer accepts them (then they are
 * ingested as claims and edges, creating the new entities) or rejects them. A proposal's id is derived from its
 * source, relation, names and sentence, so ingesting an article again adds no copies and keeps every decision.
 */
@Service
class ReviewQueue {

    // Run in the transaction that writes the article's claims and source (see ArticleIngestion).
    private static final String PROPOSE = """
            MATCH (s:Source {id: $source})
            UNWIND $rows AS row
            OPTIONAL MATCH (known:Proposal {id: row.id})
            WITH s, row, known IS NULL AS created
            MERGE (p:Proposal {id: row.id})
              ON CREATE SET p += row.properties, p.status = 'pending', p.proposedAt = datetime()
            MERGE (p)-[:PROPOSED_IN]->(s)
            RETURN row.id AS id, created""";

    private static final String LIST = """
            MATCH (p:Proposal {status: $status})-[:PROPOSED_IN]->(s:Source)
            RETURN p AS proposal, s AS source
            ORDER BY coalesce(p.decidedAt, p.proposedAt) DESC, s.id, p.position
            LIMIT $limit""";

    private static final String FIND = """
            MATCH (p:Proposal {id: $id})-[:PROPOSED_IN]->(s:Source)
            RETURN p AS proposal, s AS source""";

    // Writing the lock property first takes the proposal's write lock, so the status read after it is the latest
    // committed one and two reviewers cannot both decide the same proposal.
    private static final String DECIDE = """
            MATCH (p:Proposal {id: $id})
            SET p._lock = true
            REMOVE p._lock
            WITH p, p.status AS was
            SET p.status = CASE WHEN was = 'pending' THEN $status ELSE was END,
                p.decidedAt = CASE WHEN was = 'pending' THEN datetime() ELSE p.decidedAt END
            RETURN was""";

    private final Driver driver;
    private final IngestionService ingestion;

    ReviewQueue(Driver driver, IngestionService ingestion) {
        this.driver = driver;
        this.ingestion = ingestion;
    }

    /**
     * The same proposal whenever the same source states the same relation between the same names in the same
     * sentence.
     */
    static String proposalId(String source, ArticleFact fact) {
        return sha256(String.join("\u001f", source, fact.relation(), NameKey.of(fact.subject()),
                NameKey.of(fact.object()), fact.sentence())).substring(0, 32);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Queues facts of a source in a transaction the caller runs, after the source is written.
     *
     * @return the ids of the proposals that did not exist before
     */
    static Set<String> propose(TransactionContext tx, String source, List<ArticleFact> facts) {
        var rows = facts.stream().map(f -> Map.of("id", proposalId(source, f), "properties", f.properties()))
                .toList();
        return tx.run(PROPOSE, Map.of("source", source, "rows", rows)).list().stream()
                .filter(r -> r.get("created").asBoolean()).map(r -> r.get("id").asString())
                .collect(Collectors.toSet());
    }

    /** Proposals of one status, the latest proposed (or, once decided, the latest decided) first. */
    List<Proposal> list(String status, int limit) {
        return read(LIST, Map.of("status", status, "limit", limit));
    }

    Optional<Proposal> find(String id) {
        return read(FIND, Map.of("id", id)).stream().findFirst();
    }

    /** What became of a decision. */
    sealed interface Decision {
    }

    /** Decided as asked; for an acceptance, with what ingesting the fact wrote. */
    record Decided(Proposal proposal, IngestReport ingest) implements Decision {
    }

    record Unknown() implements Decision {
    }

    record AlreadyDecided(Proposal proposal) implements Decision {
    }

    /** Ingestion refused the fact (a name now means an entity of the wrong kind, say); it stays pending. */
    record Refused(List<InputError> errors) implements Decision {
    }

    /**
     * Accepts a pending proposal: its fact is ingested as a claim (creating the entities it names that the graph does
     * not know, with the kinds proposed) and the proposal marked accepted in the same transaction, so an acceptance
     * that fails, or loses a race with another decision, writes nothing.
     */
    Decision accept(String id) {
        Optional<Proposal> found = find(id);
        if (found.isEmpty()) {
            return new Unknown();
        }
        Proposal proposal = found.get();
        if (!proposal.pending()) {
            return new AlreadyDecided(proposal);
        }
        var summary = proposal.source();
        var source = new Source(summary.id(), summary.title(), summary.url(), summary.language(),
                summary.published() == null ? null : PartialDate.parse(summary.published()), null);
        ArticleFact fact = proposal.fact();
        var evidence = new Evidence(source, fact.sentence(), Evidence.Method.ARTICLE_EXTRACTION, fact.confidence());
        IngestReport report;
        try {
            report = ingestion.ingestEvidenced(source, List.of(new EvidencedFact(0, fact.fact(), evidence)), false,
                    tx -> decideOrFail(tx, id, Proposal.ACCEPTED));
        } catch (DecidedMeanwhile meanwhile) {
            return find(id).<Decision>map(AlreadyDecided::new).orElseGet(Unknown::new);
        }
        if (!report.written()) {
            return new Refused(report.errors());
        }
        return new Decided(find(id).orElseThrow(), report);
    }

    /** Rejects a pending proposal; nothing enters the graph. */
    Decision reject(String id) {
        String was;
        try (var session = driver.session()) {
            was = session.executeWrite(tx -> decide(tx, id, Proposal.REJECTED));
        }
        if (was == null) {
            return new Unknown();
        }
        Proposal proposal = find(id).orElseThrow();
        return Proposal.PENDING.equals(was) ? new Decided(proposal, null) : new AlreadyDecided(proposal);
    }

    /** Thrown inside the accepting transaction to roll it back when another decision came first. */
    private static final class DecidedMeanwhile extends RuntimeException {
        DecidedMeanwhile(String id) {
            super("proposal " + id + " was decided meanwhile", null, false, false);
        }
    }

    private static void decideOrFail(TransactionContext tx, String id, String status) {
        if (!Proposal.PENDING.equals(decide(tx, id, status))) {
            throw new DecidedMeanwhile(id);
        }
    }

    /** Sets a pending proposal's status; returns the status it had, null when there is no such proposal. */
    private static String decide(TransactionContext tx, String id, String status) {
        var records = tx.run(DECIDE, Map.of("id", id, "status", status)).list();
        return records.isEmpty() ? null : records.get(0).get("was").asString();
    }

    private List<Proposal> read(String query, Map<String, Object> parameters) {
        var config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        try (var session = driver.session(config)) {
            return session.executeRead(tx -> tx.run(query, parameters).list(ReviewQueue::proposal));
        }
    }

    private static Proposal proposal(Record record) {
        var p = record.get("proposal");
        var s = record.get("source");
        var fact = ArticleFact.of(p);
        return new Proposal(p.get("id").asString(), p.get("status").asString(),
                p.get("proposedAt").asZonedDateTime().toInstant().toString(),
                p.get("decidedAt").isNull() ? null : p.get("decidedAt").asZonedDateTime().toInstant().toString(),
                fact, new ArticleReport.SourceSummary(s.get("id").asString(), s.get("title").asString(null),
                s.get("url").asString(null), s.get("language").asString(null), s.get("published").asString(null)),
                fact.newEntities());
    }
}
