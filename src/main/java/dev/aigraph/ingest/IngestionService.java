package dev.aigraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.aigraph.graph.EntityKind;
import dev.aigraph.graph.Evidence;
import dev.aigraph.graph.Fact;
import dev.aigraph.graph.Mention;
import dev.aigraph.graph.Source;
import dev.aigraph.ingest.IngestReport.CreatedEntity;
import dev.aigraph.ingest.IngestReport.FactResult;
import dev.aigraph.ingest.IngestReport.ItemResult;
import dev.aigraph.ingest.InputItem.FactInput;
import dev.aigraph.resolve.EntityResolver;
import dev.aigraph.resolve.EntityResolver.Refused;
import dev.aigraph.resolve.EntityResolver.Request;
import dev.aigraph.resolve.EntityResolver.Resolution;
import dev.aigraph.resolve.EntityResolver.Resolved;
import dev.aigraph.resolve.EntityResolver.ResolvedEntity;
import dev.aigraph.resolve.NameKey;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one way facts enter the graph: statements, structured JSON facts and facts extracted from articles all end
 * here. Every item is parsed and every name resolved before anything is written, so an invalid item rejects the
 * whole input (unless the caller allows a partial write); then claims are written in batches, each batch one
 * transaction.
 */
@Service
public class IngestionService {

    /** Claims per transaction: large enough for throughput, small enough to keep a transaction's memory modest. */
    static final int BATCH_SIZE = 2000;

    private static final Logger log = LoggerFactory.getLogger(IngestionService.class);

    private final GraphWriter writer;
    private final EntityResolver resolver;
    private final StatementParser statements;

    IngestionService(GraphWriter writer, EntityResolver resolver) {
        this.writer = writer;
        this.resolver = resolver;
        this.statements = new StatementParser(RelationPhrases.bundled(), resolver::isKnownName);
    }

    /**
     * Ingests statement lines.
     *
     * @param defaultSource the source of lines that name none (no {@code [source: …]})
     * @param allowPartial  write the valid lines even when others are invalid
     * @param progress      told the number of facts written after each batch
     */
    public IngestReport ingestStatements(String text, Source defaultSource, boolean allowPartial,
                                         IngestProgress progress) {
        return ingest(readStatements(text, defaultSource), allowPartial, progress);
    }

    /** Ingests structured facts (a JSON array or JSON Lines); see {@link FactImport} for the fields. */
    public IngestReport ingestFacts(String json, Source defaultSource, boolean allowPartial, IngestProgress progress) {
        return ingest(readFacts(json, defaultSource), allowPartial, progress);
    }

    /** Statement lines as items, one per statement, for a caller that looks at them before {@link #ingest}. */
    List<InputItem> readStatements(String text, Source defaultSource) {
        return statements.parse(text, defaultSource).stream().map(IngestionService::item).toList();
    }

    /** Structured facts as items, one per fact, for a caller that looks at them before {@link #ingest}. */
    List<InputItem> readFacts(String json, Source defaultSource) {
        return FactImport.read(json, defaultSource);
    }

    /**
     * A fact with evidence of its own, such as one extracted from an article.
     *
     * @param index the fact's place in the caller's input, which the report's results and errors name
     */
    public record EvidencedFact(int index, Fact fact, Evidence evidence) {
    }

    /**
     * Ingests facts that carry their own evidence, in one transaction whatever their number, and runs
     * {@code alongside} in that transaction after the claims: a caller's own record of the same input (the review
     * queue's proposals, a proposal's decision) lands with the claims or not at all. When a fact is invalid and
     * {@code allowPartial} is false nothing is written and {@code alongside} does not run. {@code source} is written
     * even when no fact is, so {@code alongside} can link to it.
     *
     * @param alongside what it throws rolls the claims back too, and reaches the caller
     */
    public IngestReport ingestEvidenced(Source source, List<EvidencedFact> facts, boolean allowPartial,
                                        Consumer<TransactionContext> alongside) {
        var items = facts.stream().map(f -> new InputItem(null, f.index(), List.of(new FactInput(f.fact(),
                f.evidence(), reason -> InputError.item(null, f.index(), "subject", reason),
                reason -> InputError.item(null, f.index(), "object", reason))), List.of(), List.of())).toList();
        return ingest(items, allowPartial, IngestProgress.NONE, new Alongside(List.of(source), alongside));
    }

    /**
     * Merges entity {@code from} into {@code into}: see {@link GraphWriter#merge}. Empty when either id is unknown.
     */
    public Optional<MergeResult> merge(String from, String into) {
        if (from.equals(into)) {
            throw new IllegalArgumentException("an entity cannot be merged into itself ('" + from + "')");
        }
        var merged = writer.merge(from, into, NameKey::of);
        merged.ifPresent(m -> log.info("Merged entity {} into {}: {} claims moved, {} edges rebuilt", from, into,
                m.claimsMoved(), m.edges()));
        return merged.map(m -> new MergeResult(m.from(), m.into(), m.claimsMoved(), m.edges(), m.aliasesAdded()));
    }

    /** What a merge did: claims moved to the survivor, edges rebuilt, names it now answers to. */
    public record MergeResult(String from, String into, int claimsMoved, int edgesRebuilt, List<String> aliasesAdded) {
    }

    private static InputItem item(StatementParser.ParsedLine line) {
        List<FactInput> facts = line.facts().stream().map(f -> new FactInput(f.fact(),
                new Evidence(f.source(), line.statement(), Evidence.Method.STATEMENT, 1.0),
                reason -> InputError.at(line.line(), f.subjectColumn(), reason),
                reason -> InputError.at(line.line(), f.objectColumn(), reason))).toList();
        return new InputItem(line.line(), null, facts, line.errors(), line.warnings());
    }

    /** What a caller writes in the transaction of the last batch: sources no claim names, and its own work. */
    private record Alongside(List<Source> sources, Consumer<TransactionContext> work) {

        static final Alongside NOTHING = new Alongside(List.of(), tx -> { });
    }

    IngestReport ingest(List<InputItem> parsed, boolean allowPartial, IngestProgress progress) {
        return ingest(parsed, allowPartial, progress, Alongside.NOTHING);
    }

    private IngestReport ingest(List<InputItem> parsed, boolean allowPartial, IngestProgress progress,
                                Alongside alongside) {
        var resolutions = resolver.resolveAll(parsed.stream().flatMap(item -> item.facts().stream())
                .flatMap(IngestionService::requests).toList());
        var items = new ArrayList<Checked>();
        for (InputItem item : parsed) {
            items.add(check(item, resolutions));
        }
        boolean anyInvalid = items.stream().anyMatch(c -> !c.errors().isEmpty());
        if (anyInvalid && !allowPartial) {
            return report(items, false, new GraphWriter.Written(Set.of(), Set.of(), Set.of()), Map.of());
        }
        var written = write(items.stream().filter(c -> c.errors().isEmpty()).toList(), progress, alongside);
        var created = new LinkedHashMap<String, CreatedEntity>();
        for (Checked item : items) {
            item.created().forEach((entity, suggestions) -> {
                if (written.createdEntities().contains(entity.id())) {
                    created.putIfAbsent(entity.id(), new CreatedEntity(entity.id(), entity.name(),
                            entity.kind().label(), suggestions));
                }
            });
        }
        var report = report(items, true, written, created);
        log.info("Ingested {} items: {} facts, {} new claims, {} new edges, {} new entity nodes ({} not in the "
                        + "gazetteer), {} rejected", report.items(), report.facts(), report.claimsCreated(),
                report.edgesCreated(), written.createdEntities().size(), report.entitiesCreated().size(),
                report.errors().size());
        return report;
    }

    private static Stream<Request> requests(FactInput input) {
        Fact fact = input.fact();
        return Stream.of(subjectRequest(fact), objectRequest(fact));
    }

    private static Request subjectRequest(Fact fact) {
        return new Request(fact.subject().name(), kinds(fact.subject(), fact.relation().subjectKinds()),
                "the subject of " + fact.relation());
    }

    private static Request objectRequest(Fact fact) {
        return new Request(fact.object().name(), kinds(fact.object(), fact.relation().objectKinds()),
                "the object of " + fact.relation());
    }

    // The first kind is the one a new entity gets: the kind the text gives, when the role admits it.
    private static List<EntityKind> kinds(Mention mention, List<EntityKind> admitted) {
        if (mention.kind() == null || !admitted.contains(mention.kind())) {
            return admitted;
        }
        return Stream.concat(Stream.of(mention.kind()), admitted.stream().filter(k -> k != mention.kind())).toList();
    }

    /** An item after resolution: claims ready to write, or errors. */
    private record Checked(InputItem item, List<ClaimRow> claims, Map<ResolvedEntity, List<String>> created,
                           List<ResolvedEntity> entities, List<InputError> errors) {
    }

    private Checked check(InputItem item, Map<Request, Resolution> resolutions) {
        var errors = new ArrayList<>(item.errors());
        var claims = new ArrayList<ClaimRow>();
        var entities = new ArrayList<ResolvedEntity>();
        var created = new LinkedHashMap<ResolvedEntity, List<String>>();
        for (FactInput input : item.facts()) {
            Fact fact = input.fact();
            Resolution subject = resolutions.get(subjectRequest(fact));
            Resolution object = resolutions.get(objectRequest(fact));
            if (subject instanceof Refused refused) {
                errors.add(input.subjectError().apply(refused.reason()));
            }
            if (object instanceof Refused refused) {
                errors.add(input.objectError().apply(refused.reason()));
            }
            if (subject instanceof Resolved s && object instanceof Resolved o) {
                if (s.entity().id().equals(o.entity().id())) {
                    errors.add(input.objectError().apply("'" + fact.object().name() + "' is the subject itself ("
                            + s.entity().name() + "); a relation needs two entities"));
                    continue;
                }
                for (Resolved r : List.of(s, o)) {
                    entities.add(r.entity());
                    entities.addAll(resolver.parents(r.entity()));
                    if (r.created()) {
                        created.put(r.entity(), r.suggestions());
                    }
                }
                var edge = EdgeKey.of(s.entity().id(), fact.relation(), o.entity().id(), fact.scope());
                claims.add(new ClaimRow(claimId(fact, input.evidence()), edge, fact, input.evidence(),
                        item.line() != null ? item.line() : item.index()));
            }
        }
        return new Checked(item, claims, created, entities, errors);
    }

    /**
     * A claim is the same claim when the same source states the same relation between the same names in the same
     * sentence. Names, not resolved ids, so a claim keeps its id when its entities are merged later.
     */
    static String claimId(Fact fact, Evidence evidence) {
        String subject = NameKey.of(fact.subject().name());
        String object = NameKey.of(fact.object().name());
        if (fact.relation().symmetric() && subject.compareTo(object) > 0) {
            String swap = subject;
            subject = object;
            object = swap;
        }
        String identity = String.join("\u001f", evidence.source().id(), fact.relation().name(), subject, object,
                fact.scope() == null ? "" : NameKey.of(fact.scope()), evidence.sentence());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private GraphWriter.Written write(List<Checked> items, IngestProgress progress, Alongside alongside) {
        // What a caller writes alongside must land with all of the input, so such an input is one transaction.
        int batchSize = alongside == Alongside.NOTHING ? BATCH_SIZE : Integer.MAX_VALUE;
        var createdEntities = new LinkedHashSet<String>();
        var createdClaims = new LinkedHashSet<String>();
        var createdEdges = new LinkedHashSet<String>();
        var batch = new ArrayList<Checked>();
        int total = items.stream().mapToInt(item -> item.claims().size()).sum();
        int claims = 0;
        int done = 0;
        for (Checked item : items) {
            batch.add(item);
            claims += item.claims().size();
            if (claims >= batchSize) {
                done += writeBatch(batch, Alongside.NOTHING, createdEntities, createdClaims, createdEdges);
                progress.written(done, total);
                batch.clear();
                claims = 0;
            }
        }
        if (!batch.isEmpty() || alongside != Alongside.NOTHING) {
            done += writeBatch(batch, alongside, createdEntities, createdClaims, createdEdges);
            progress.written(done, total);
        }
        return new GraphWriter.Written(createdEntities, createdClaims, createdEdges);
    }

    private int writeBatch(List<Checked> batch, Alongside alongside, Set<String> createdEntities,
                           Set<String> createdClaims, Set<String> createdEdges) {
        var entities = new LinkedHashMap<String, EntityRow>();
        var sources = new LinkedHashMap<String, Source>();
        alongside.sources().forEach(source -> sources.put(source.id(), source));
        var claims = new ArrayList<ClaimRow>();
        for (Checked item : batch) {
            item.entities().forEach(e -> entities.putIfAbsent(e.id(), new EntityRow(e.id(), e.name(), e.kind(),
                    e.aliases(), e.wikidata(), e.website(), e.partOf())));
            item.claims().forEach(c -> sources.putIfAbsent(c.evidence().source().id(), c.evidence().source()));
            claims.addAll(item.claims());
        }
        var written = writer.write(entities.values(), sources.values(), claims, alongside.work());
        createdEntities.addAll(written.createdEntities());
        createdClaims.addAll(written.createdClaims());
        createdEdges.addAll(written.createdEdges());
        return claims.size();
    }

    private static IngestReport report(List<Checked> items, boolean written, GraphWriter.Written changes,
                                       Map<String, CreatedEntity> created) {
        var results = new ArrayList<ItemResult>();
        var errors = new ArrayList<InputError>();
        var warnings = new ArrayList<InputError>();
        int facts = 0;
        for (Checked checked : items) {
            InputItem item = checked.item();
            errors.addAll(checked.errors());
            warnings.addAll(item.warnings());
            List<FactResult> factResults = checked.claims().stream().map(c -> new FactResult(c.edge().subjectId(),
                    c.fact().relation().name(), c.edge().objectId(), c.id(),
                    changes.createdClaims().contains(c.id()))).toList();
            String status;
            if (!checked.errors().isEmpty()) {
                status = "rejected";
            } else if (!written) {
                status = "not-written";
            } else {
                facts += factResults.size();
                status = factResults.stream().anyMatch(FactResult::created) ? "written" : "unchanged";
            }
            results.add(new ItemResult(item.line(), item.index(), status, written ? factResults : List.of(),
                    checked.errors(), item.warnings()));
        }
        return new IngestReport(written, items.size(), facts, changes.createdClaims().size(),
                changes.createdEdges().size(), List.copyOf(created.values()), results, errors, warnings);
    }

}
