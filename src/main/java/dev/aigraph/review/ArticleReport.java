package dev.aigraph.review;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.aigraph.extract.ExtractedFact;
import dev.aigraph.extract.Extraction.ProposedEntity;
import dev.aigraph.ingest.InputError;

/**
 * What ingesting an article did: how it was read, and for each fact it states whether it became a claim (and edge)
 * or waits in the review queue.
 *
 * @param written          false when the article was rejected whole and nothing was written
 * @param language         the language read, given or detected
 * @param sentences        sentences read
 * @param proposedEntities names facts put in an entity's role that the gazetteer does not know
 * @param claimsCreated    claims that did not exist before (0 when the same article is ingested again)
 * @param edgesCreated     direct edges that did not exist before
 * @param proposalsCreated review-queue proposals that did not exist before
 * @param errors           why facts were refused, by their {@code index} in {@code facts}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ArticleReport(boolean written, SourceSummary source, String language, boolean languageDetected,
                            int sentences, List<FactOutcome> facts, List<ProposedEntity> proposedEntities,
                            int claimsCreated, int edgesCreated, int proposalsCreated, List<InputError> errors) {

    /** The source the article's claims and proposals are linked to. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceSummary(String id, String title, String url, String language, String published) {
    }

    /** Where a fact went: {@code claim} (written as a claim and edge) or {@code review} (queued as a proposal). */
    public static final String CLAIM = "claim";
    public static final String REVIEW = "review";

    /**
     * One extracted fact and what became of it.
     *
     * @param outcome  {@link #CLAIM} or {@link #REVIEW}
     * @param status   written (new), unchanged (already there), rejected (invalid) or not-written (the article was
     *                 rejected for other facts)
     * @param claim    the claim's id, for a fact written as a claim
     * @param proposal the proposal's id, for a fact queued for review
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FactOutcome(int index, String outcome, String status, String claim, String proposal,
                              ExtractedFact fact) {
    }

    /** How many facts went to {@code outcome} ({@link #CLAIM} or {@link #REVIEW}), now or by an earlier ingestion. */
    public long count(String outcome) {
        return facts.stream().filter(f -> f.outcome().equals(outcome)
                && (f.status().equals("written") || f.status().equals("unchanged"))).count();
    }
}
