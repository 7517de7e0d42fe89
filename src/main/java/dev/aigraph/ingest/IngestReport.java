package dev.aigraph.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an ingestion did, item by item (a statement line or a JSON fact), so a user sees which facts landed, which
 * entities were created, and exactly which input was refused and why.
 *
 * @param written       whether anything was written; false when the input was rejected whole
 * @param items         statements or JSON facts read (comments and blank lines not counted)
 * @param facts         facts the accepted items stated
 * @param claimsCreated claims that did not exist before (0 when the same input is ingested again)
 * @param edgesCreated  direct edges that did not exist before
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record IngestReport(boolean written, int items, int facts, int claimsCreated, int edgesCreated,
                           List<CreatedEntity> entitiesCreated, List<ItemResult> results, List<InputError> errors,
                           List<InputError> warnings) {

    /** Whether every item was accepted. */
    public boolean valid() {
        return errors.isEmpty();
    }

    /** An entity the input named that the graph did not know, created with the kind its role implies. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CreatedEntity(String id, String name, String kind, List<String> didYouMean) {
    }

    /**
     * One item: a statement line ({@code line}) or a JSON fact ({@code index}, and its line in JSON Lines).
     *
     * @param status written (new claims), unchanged (already known), rejected (invalid), or not-written (valid,
     *               but the request was rejected for other items)
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ItemResult(Integer line, Integer index, String status, List<FactResult> facts,
                             List<InputError> errors, List<InputError> warnings) {
    }

    /** A fact an item stated, by entity ids, and the claim that records it. */
    public record FactResult(String subject, String relation, String object, String claim, boolean created) {
    }
}
