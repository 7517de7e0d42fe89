package dev.aigraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aigraph.extract.Extraction.ProposedEntity;
import dev.aigraph.extract.Mention.Entity;
import dev.aigraph.graph.Amount;
import dev.aigraph.graph.RelationType;
import dev.aigraph.normalize.Language;
import dev.aigraph.normalize.Normalizer;
import dev.aigraph.normalize.TimeMention;
import dev.aigraph.resolve.Gazetteer;
import dev.aigraph.resolve.GazetteerEntry;

/**
 * Turns an article into facts, without a database: language (given or detected), sentences and words (ICU), money,
 * quantities and dates (the normaliser), entity mentions (the gazetteer, descriptions, pointing phrases, unknown
 * names), then relations by the language's patterns. Every fact keeps its sentence and a confidence; facts below
 * {@code minConfidence}, and facts naming an entity the gazetteer does not know, are marked for review.
 *
 * <p>Thread-safe: the rules and gazetteer are read-only and every document gets its own discourse.
 */
public final class ArticleExtractor {

    /**
     * Longer "sentences" are skipped unread: no writer's sentence is near it (a table, a list or garbage is), and
     * reading one costs more than linearly in its length.
     */
    static final int MAX_SENTENCE_LENGTH = 2000;

    /** Facts a sentence about "the deal" can give a period to, when it names no parties itself. */
    private static final Set<RelationType> DEALS = EnumSet.of(RelationType.INVESTED_IN, RelationType.ACQUIRED,
            RelationType.BUYS_COMPUTE_FROM, RelationType.PARTNERS_WITH, RelationType.SUPPLIES, RelationType.LICENSES,
            RelationType.HAS_EXCLUSIVE_RIGHTS, RelationType.HAS_RIGHT_OF_FIRST_REFUSAL, RelationType.RUNS_ON);

    private final Gazetteer gazetteer;
    private final MentionFinder mentionFinder;
    private final LanguageDetection languageDetection = new LanguageDetection();
    private final double minConfidence;

    public ArticleExtractor(Gazetteer gazetteer, double minConfidence) {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("the confidence threshold must be between 0 and 1: " + minConfidence);
        }
        this.gazetteer = gazetteer;
        this.mentionFinder = new MentionFinder(gazetteer);
        this.minConfidence = minConfidence;
    }

    /**
     * Extracts a document's facts.
     *
     * @throws IllegalArgumentException when the document names a language aigraph does not read, or its language
     *                                  cannot be told
     */
    public Extraction extract(Document document) {
        String body = document.title() == null || document.title().isBlank() ? document.text()
                : document.title().strip() + "\n" + document.text();
        boolean detected = document.language() == null || document.language().isBlank();
        Language language = detected ? languageDetection.detect(body).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the language of " + document.name() + "; give it (en, nl or de)"))
                : Language.parse(document.language()).orElseThrow(() -> new IllegalArgumentException("language '"
                        + document.language() + "' is not one aigraph reads; use en, nl or de"));
        Rules rules = Rules.of(language);
        LocalDate reference = document.published() == null ? null : document.published().firstDay();
        var discourse = new Discourse();
        var all = new ArrayList<Candidate>();
        var sentences = new ArrayList<Sentence>();
        for (var span : Segmenter.sentences(body, language)) {
            if (span.end() - span.start() > MAX_SENTENCE_LENGTH) {
                continue;
            }
            String text = body.substring(span.start(), span.end());
            var sentence = new Sentence(sentences.size(), span.start(), text,
                    Segmenter.tokens(body, span.start(), span.end(), language),
                    Normalizer.findMoney(text, language), Normalizer.findQuantities(text, language),
                    Normalizer.findTimes(text, language, reference));
            sentences.add(sentence);
            var mentions = mentionFinder.find(body, sentence, rules, discourse);
            var reading = new SentenceReader(rules, sentence, mentions, discourse, this::place).read();
            boolean aboutLastDeal = reading.facts().isEmpty() && reading.pointsToDeal() && reading.period() != null;
            if (aboutLastDeal) {
                givePeriod(all, discourse.lastDeals(), reading.period(), reading.hedged());
            }
            all.addAll(reading.facts());
            // A sentence that only dates the deal leaves it the last one, for a further sentence about it.
            discourse.endSentence(reading.subject(), aboutLastDeal ? null : reading.facts());
        }
        return collect(document, language, detected, sentences, all);
    }

    /** "De nieuwe deal zou vanaf 2027 lopen tot grofweg 2032": the period of the deal the sentence before stated. */
    private static void givePeriod(List<Candidate> all, List<Candidate> deals, TimeMention period, boolean hedged) {
        for (Candidate deal : deals) {
            int at = all.indexOf(deal);
            if (at >= 0 && DEALS.contains(deal.relation()) && deal.start() == null && deal.end() == null) {
                all.set(at, deal.withTimes(period.start(), period.end(), deal.date(), period.endInclusive(),
                        period.endApproximate(), hedged && !deal.hedged()));
            }
        }
    }

    private Entity place(String name) {
        List<GazetteerEntry> found = gazetteer.named(name);
        return found.size() == 1 ? new Entity(found.get(0).id(), found.get(0).name(), found.get(0).kind(), true,
                found.get(0).partOf())
                : null;
    }

    private Extraction collect(Document document, Language language, boolean detected, List<Sentence> sentences,
                               List<Candidate> all) {
        // One fact per subject, relation and object: the most detailed statement of it, then the surest.
        var best = new LinkedHashMap<String, Candidate>();
        for (Candidate candidate : all) {
            best.merge(candidate.key(), candidate, (a, b) -> b.detail() > a.detail()
                    || (b.detail() == a.detail() && b.confidence() > a.confidence()) ? b : a);
        }
        var facts = new ArrayList<ExtractedFact>();
        Map<String, ProposedEntity> proposed = new LinkedHashMap<>();
        for (Candidate fact : best.values()) {
            String sentence = sentences.get(fact.sentence()).text();
            var unknown = new ArrayList<String>();
            for (Entity entity : List.of(fact.subject(), fact.object())) {
                if (!entity.known()) {
                    unknown.add(entity.name());
                    proposed.putIfAbsent(entity.id(), new ProposedEntity(entity.id(), entity.name(),
                            entity.kind().label(), sentence));
                }
            }
            double confidence = Math.round(Math.max(0, Math.min(1, fact.confidence())) * 100) / 100.0;
            facts.add(toFact(document.name(), language, sentence, fact, confidence,
                    confidence < minConfidence || !unknown.isEmpty(), unknown));
        }
        return new Extraction(document.name(), language.code(), detected, sentences.size(), List.copyOf(facts),
                List.copyOf(proposed.values()));
    }

    private static ExtractedFact toFact(String doc, Language language, String sentence, Candidate fact,
                                        double confidence, boolean review, List<String> unknown) {
        Amount amount = fact.amount();
        return new ExtractedFact(doc, language.code(), sentence, fact.subject().name(), fact.subject().id(),
                fact.relation().name(), fact.object().name(), fact.object().id(),
                amount == null ? null : amount.value(), amount == null ? null : amount.currency(),
                amount == null || !amount.approximate() ? null : amount.qualifier().name().toLowerCase(),
                fact.quantity() == null ? null : fact.quantity().value(),
                fact.quantity() == null ? null : fact.quantity().unit(),
                text(fact.start()), text(fact.end()), fact.endInclusive() ? Boolean.TRUE : null,
                fact.endApproximate() ? Boolean.TRUE : null, text(fact.date()), fact.hedged(),
                fact.periodHedged() ? Boolean.TRUE : null, fact.role(), confidence, review, List.copyOf(unknown),
                fact.pattern());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
