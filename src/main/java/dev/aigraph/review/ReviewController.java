package dev.aigraph.review;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.aigraph.ingest.IngestReport.CreatedEntity;
import dev.aigraph.review.ReviewQueue.AlreadyDecided;
import dev.aigraph.review.ReviewQueue.Decided;
import dev.aigraph.review.ReviewQueue.Decision;
import dev.aigraph.review.ReviewQueue.Refused;
import dev.aigraph.system.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue over HTTP: list proposals, accept one (its fact becomes a claim and edge) or reject it. An unknown
 * id answers 404, a proposal already decided 409.
 */
@RestController
@RequestMapping(path = "/api/review", produces = "application/json")
@Tag(name = "review", description = "Facts from articles waiting for a reviewer")
class ReviewController {

    private static final int MAX_LIMIT = 1000;

    private final ReviewQueue queue;

    ReviewController(ReviewQueue queue) {
        this.queue = queue;
    }

    /** Proposals of one status. */
    record ProposalList(String status, List<Proposal> proposals) {
    }

    @Operation(summary = "Proposals waiting for review (or decided ones), newest first",
            description = "Each with its fact (subject, relation, object, figures, dates), sentence, confidence, "
                    + "source and the new entities accepting it would create.")
    @GetMapping
    ProposalList list(@Parameter(description = "pending (default), accepted or rejected")
                      @RequestParam(defaultValue = Proposal.PENDING) String status,
                      @Parameter(description = "at most this many, 1 to " + MAX_LIMIT)
                      @RequestParam(defaultValue = "100") int limit) {
        if (!Proposal.STATUSES.contains(status)) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "status: '" + status + "' is not one of " + Proposal.STATUSES);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "limit: must be between 1 and " + MAX_LIMIT + ", not "
                    + limit);
        }
        return new ProposalList(status, queue.list(status, limit));
    }

    /** An accepted proposal and what writing its fact changed. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Accepted(Proposal proposal, int claimsCreated, int edgesCreated, List<CreatedEntity> entitiesCreated) {
    }

    @Operation(summary = "Accept a proposal: write its fact as a claim and edge",
            description = "Creates the entities it names that the graph does not know, with the kinds proposed, and "
                    + "marks the proposal accepted, in one transaction. 409 when it is already decided; 422 when "
                    + "ingestion refuses the fact (it stays pending).")
    @PostMapping("/{id}/accept")
    Accepted accept(@PathVariable String id) {
        var decided = decided(queue.accept(id), id);
        var ingest = decided.ingest();
        return new Accepted(decided.proposal(), ingest.claimsCreated(), ingest.edgesCreated(),
                ingest.entitiesCreated());
    }

    @Operation(summary = "Reject a proposal; nothing enters the graph",
            description = "409 when it is already decided.")
    @PostMapping("/{id}/reject")
    Proposal reject(@PathVariable String id) {
        return decided(queue.reject(id), id).proposal();
    }

    private static Decided decided(Decision decision, String id) {
        if (decision instanceof Decided decided) {
            return decided;
        }
        if (decision instanceof AlreadyDecided already) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "proposal " + id + " was already " + already.proposal().status()
                    + " at " + already.proposal().decidedAt());
        }
        if (decision instanceof Refused refused) {
            throw ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "the fact of proposal " + id + " cannot be "
                    + "written: " + String.join("; ", refused.errors().stream().map(e -> e.field() + ": " + e.reason())
                    .toList()));
        }
        throw ApiProblem.of(HttpStatus.NOT_FOUND, "no proposal with id '" + id + "'");
    }
}
