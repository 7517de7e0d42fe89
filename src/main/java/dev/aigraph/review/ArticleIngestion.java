package dev.aigraph.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import dev.aigraph.extract.ArticleExtractor;
import dev.aigraph.extract.Document;
import dev.aigraph.extract.ExtractedFact;
import dev.aigraph.extract.Extraction;
import dev.aigraph.extract.Extraction.ProposedEntity;
import dev.aigraph.graph.Evidence;
import dev.aigraph.graph.Source;
import dev.aigraph.ingest.IngestReport;
import dev.aigraph.ingest.IngestReport.ItemResult;
import dev.aigraph.ingest.IngestionService;
import dev.aigraph.ingest.IngestionService.EvidencedFact;
import dev.aigraph.ingest.InputError;
import dev.aigraph.review.ArticleReport.FactOutcome;
import dev.aigraph.review.ArticleReport.SourceSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Articles into the graph, for {@code POST /api/documents} and the ingest command alike: the article's facts are
 * extracted; the sure ones, naming entities the gazetteer knows, become claims and edges; the others wait in the
 * review queue as proposals. The source is the article's URL, else a SHA-256 of its text.
 *
 * <p>All or nothing: every fact is checked (figures read, names resolved) before anything is written, and the source,
 * the claims and the proposals are then written in one transaction. An article with an invalid fact is rejected whole
 * (unless {@code allowPartial}) and leaves no trace, not even its proposals; a failure while writing rolls all of it
 * back. Claims, proposals and the source have keys derived from the article, so ingesting it again creates nothing.
 */
@Service
public class ArticleIngestion {

    private static final Logger log = LoggerFactory.getLogger(ArticleIngestion.class);

    private final ArticleExtractor extractor;
    private final IngestionService ingestion;

    ArticleIngestion(ArticleExtractor extractor, IngestionService ingestion) {
        this.extractor = extractor;
        this.ingestion = ingestion;
    }

    /**
     * Extracts an article's facts and writes them as claims or proposals. The source's title is the document's title,
     * else its name (a file name).
     *
     * @param allowPartial write the valid facts even when others are invalid
     * @throws IllegalArgumentException when the document names a language aigraph does not read, or its language
     *                                  cannot be told
     */
    public ArticleReport ingest(Document document, boolean allowPartial) {
        Extraction extraction = extractor.extract(document);
        String hash = ReviewQueue.sha256(document.text());
        var source = new Source(document.url() != null ? document.url() : hash,
                document.title() != null ? document.title() : document.name(), document.url(),
                extraction.language(), document.published(), hash);
        Map<String, String> proposedKinds = new HashMap<>();
        extraction.proposedEntities().forEach(e -> proposedKinds.put(e.id(), e.kind()));

        var claims = new ArrayList<EvidencedFact>();
        var proposals = new ArrayList<ArticleFact>();
        var invalid = new ArrayList<InputError>();
        List<ExtractedFact> facts = extraction.facts();
        for (int i = 0; i < facts.size(); i++) {
            ExtractedFact extracted = facts.get(i);
            var fact = ArticleFact.of(extracted, i, proposedKinds);
            try {
                var graphFact = fact.fact();
                if (extracted.review()) {
                    proposals.add(fact);
                } else {
                    claims.add(new EvidencedFact(i, graphFact, new Evidence(source, fact.sentence(),
                            Evidence.Method.ARTICLE_EXTRACTION, fact.confidence())));
                }
            } catch (IllegalArgumentException e) {
                invalid.add(InputError.item(null, i, null, e.getMessage()));
            }
        }
        if (!invalid.isEmpty() && !allowPartial) {
            return report(source, extraction, proposals, null, Set.of(), invalid);
        }
        var queued = new AtomicReference<Set<String>>(Set.of());
        IngestReport ingest = ingestion.ingestEvidenced(source, claims, allowPartial,
                tx -> queued.set(ReviewQueue.propose(tx, source.id(), proposals)));
        var errors = new ArrayList<>(invalid);
        errors.addAll(ingest.errors());
        var report = report(source, extraction, proposals, ingest, queued.get(), errors);
        log.info("Ingested article {} ({}): {} facts, {} new claims, {} new edges, {} queued for review ({} new)",
                document.name(), source.id(), facts.size(), report.claimsCreated(), report.edgesCreated(),
                proposals.size(), report.proposalsCreated());
        return report;
    }

    /**
     * @param ingest what ingestion did, null when the article was rejected before it
     */
    private static ArticleReport report(Source source, Extraction extraction, List<ArticleFact> proposals,
                                        IngestReport ingest, Set<String> created, List<InputError> errors) {
        boolean written = ingest != null && ingest.written();
        Map<Integer, ItemResult> results = new HashMap<>();
        if (ingest != null) {
            ingest.results().forEach(r -> results.put(r.index(), r));
        }
        Map<Integer, String> proposalIds = new HashMap<>();
        proposals.forEach(p -> proposalIds.put(p.position(), ReviewQueue.proposalId(source.id(), p)));
        var outcomes = new ArrayList<FactOutcome>();
        List<ExtractedFact> facts = extraction.facts();
        for (int i = 0; i < facts.size(); i++) {
            final int index = i;
            boolean refused = errors.stream().anyMatch(e -> e.index() == index);
            String status = refused ? "rejected" : written ? null : "not-written";
            if (facts.get(i).review()) {
                String id = proposalIds.get(i);
                outcomes.add(new FactOutcome(i, ArticleReport.REVIEW, status != null ? status
                        : created.contains(id) ? "written" : "unchanged", null, refused ? null : id, facts.get(i)));
            } else {
                ItemResult result = results.get(i);
                String claim = result == null || result.facts().isEmpty() ? null : result.facts().get(0).claim();
                outcomes.add(new FactOutcome(i, ArticleReport.CLAIM, status != null ? status : result.status(),
                        claim, null, facts.get(i)));
            }
        }
        List<ProposedEntity> proposed = extraction.proposedEntities();
        return new ArticleReport(written, new SourceSummary(source.id(), source.title(), source.url(),
                source.language(), source.published() == null ? null : source.published().toString()),
                extraction.language(), extraction.languageDetected(), extraction.sentences(), outcomes, proposed,
                ingest == null ? 0 : ingest.claimsCreated(), ingest == null ? 0 : ingest.edgesCreated(),
                written ? created.size() : 0, errors);
    }
}
