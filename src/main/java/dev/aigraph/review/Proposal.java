package dev.aigraph.review;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.aigraph.review.ArticleFact.NewEntity;
import dev.aigraph.review.ArticleReport.SourceSummary;

/**
 * A fact from an article waiting for a reviewer (or decided by one): what it states, the sentence and source it comes
 * from, and the entities accepting it would create.
 *
 * @param status     pending, accepted or rejected
 * @param proposedAt when the article was first ingested (ISO instant)
 * @param decidedAt  when it was accepted or rejected
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Proposal(String id, String status, String proposedAt, String decidedAt, ArticleFact fact,
                SourceSummary source, List<NewEntity> newEntities) {

    static final String PENDING = "pending";
    static final String ACCEPTED = "accepted";
    static final String REJECTED = "rejected";
    static final List<String> STATUSES = List.of(PENDING, ACCEPTED, REJECTED);

    boolean pending() {
        return PENDING.equals(status);
    }
}
