package dev.aigraph.ingest;

import java.util.List;

import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.Source;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import dev.aigraph.system.ApiProblem;
import dev.aigraph.system.RequestBodies;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writing to the graph over HTTP: statements, structured facts and entity merges. A request with any invalid item
 * writes nothing and answers 422 with every error and where it is, unless {@code allowPartial=true}. A request holds
 * at most {@code aigraph.ingest.max-items} statements or facts (413 beyond); the ingest command has no such limit.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "ingest", description = "Add facts to the graph")
class IngestController {

    /** Where statements without a source are recorded, so they are still attributable and countable. */
    static final Source UNSOURCED = new Source("user-statements", "Statements entered without a source", null, "en",
            null, null);

    private final IngestionService ingestion;
    private final long maxBodyBytes;
    private final int maxItems;

    IngestController(IngestionService ingestion, @Value("${aigraph.ingest.max-body-bytes:10485760}") long maxBodyBytes,
                     @Value("${aigraph.ingest.max-items:10000}") int maxItems) {
        this.ingestion = ingestion;
        this.maxBodyBytes = maxBodyBytes;
        this.maxItems = maxItems;
    }

    /** The JSON form of a statements request. */
    record StatementsRequest(List<String> statements, SourceRequest source) {
    }

    /** A source given as JSON. */
    record SourceRequest(String id, String title, String url, String lang, String published) {
    }

    @Operation(summary = "Ingest statements, one per line",
            description = "Body: plain text, one English statement per line (e.g. 'Microsoft invested $13B in "
                    + "OpenAI since 2019 [source: https://example.com, date: 2025-01-15]'); '#' starts a comment. "
                    + "Lines without a source use the source given by the query parameters, else 'user-statements'.")
    @PostMapping(path = "/statements", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IngestReport> statements(HttpServletRequest request,
                                            @RequestParam(required = false) String source,
                                            @RequestParam(required = false) String title,
                                            @RequestParam(required = false) String lang,
                                            @RequestParam(required = false) String published,
                                            @RequestParam(defaultValue = "false") boolean allowPartial) {
        String text = body(request);
        return ingest(ingestion.readStatements(text, source(new SourceRequest(source, title, null, lang, published))),
                "statements", allowPartial);
    }

    @Operation(summary = "Ingest statements given as a JSON list",
            description = "Body: {\"statements\": [\"Microsoft invested $13B in OpenAI\", …], \"source\": {\"id\": …, "
                    + "\"title\": …, \"url\": …, \"lang\": …, \"published\": \"2025-01-15\"}}")
    @PostMapping(path = "/statements", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IngestReport> statementsJson(HttpServletRequest request,
                                                @RequestParam(defaultValue = "false") boolean allowPartial) {
        StatementsRequest body = RequestBodies.json(body(request), StatementsRequest.class);
        if (body.statements() == null) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST,
                    "the JSON body needs \"statements\": a list of statement lines");
        }
        return ingest(ingestion.readStatements(String.join("\n", body.statements()), source(body.source())),
                "statements", allowPartial);
    }

    @Operation(summary = "Ingest structured facts",
            description = "Body: a JSON array of facts or JSON Lines (one fact per line) with the fields subject, "
                    + "relation, object and optionally amount (whole number in base units), currency, "
                    + "amount_qualifier (over|about|up_to), quantity, unit, start, end, date (YYYY[-MM[-DD]]), "
                    + "status (planned|active|ended), hedged, role, scope, sentence, source (id or object), doc, "
                    + "title, url, lang, published, confidence. Facts marked negated are skipped.")
    @PostMapping(path = "/facts", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_NDJSON_VALUE,
            "application/jsonl", "application/x-ndjson"}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IngestReport> facts(HttpServletRequest request,
                                       @RequestParam(required = false) String source,
                                       @RequestParam(defaultValue = "false") boolean allowPartial) {
        return ingest(ingestion.readFacts(body(request), source(new SourceRequest(source, null, null, null, null))),
                "facts", allowPartial);
    }

    /** The JSON body of a merge. */
    record MergeRequest(String from, String into) {
    }

    @Operation(summary = "Merge two entities",
            description = "Moves every claim of 'from' to 'into', records from's names as aliases of 'into' (so "
                    + "later input with those names resolves to it), rebuilds the edges and deletes 'from'.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = MergeRequest.class))))
    @PostMapping(path = "/entities/merge", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    IngestionService.MergeResult merge(HttpServletRequest request) {
        MergeRequest merge = RequestBodies.json(body(request), MergeRequest.class);
        if (merge == null || merge.from() == null || merge.into() == null) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "a merge needs \"from\" and \"into\" entity ids");
        }
        try {
            return ingestion.merge(merge.from(), merge.into()).orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                    "no entity with id '" + merge.from() + "' or no entity with id '" + merge.into() + "'"));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private ResponseEntity<IngestReport> ingest(List<InputItem> items, String what, boolean allowPartial) {
        if (items.size() > maxItems) {
            throw ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE, "the request holds " + items.size() + " " + what
                    + "; at most " + maxItems + " per request (aigraph.ingest.max-items): split the input or use the "
                    + "ingest command");
        }
        IngestReport report = ingestion.ingest(items, allowPartial, IngestProgress.NONE);
        return ResponseEntity.status(report.written() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(report);
    }

    private static Source source(SourceRequest source) {
        if (source == null || source.id() == null || source.id().isBlank()) {
            return UNSOURCED;
        }
        PartialDate published;
        try {
            published = source.published() == null ? null : PartialDate.parse(source.published());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "published: " + e.getMessage());
        }
        String id = source.id().strip();
        Source.refuseId(id).ifPresent(reason -> {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "source: " + reason);
        });
        String url = source.url() != null ? source.url() : id.startsWith("http") ? id : null;
        return new Source(id, source.title(), url, source.lang() == null ? "en" : source.lang(), published, null);
    }

    private String body(HttpServletRequest request) {
        return RequestBodies.text(request, maxBodyBytes);
    }
}
