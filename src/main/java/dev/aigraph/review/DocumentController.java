package dev.aigraph.review;

import dev.aigraph.extract.Document;
import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.Source;
import dev.aigraph.normalize.Language;
import dev.aigraph.system.ApiProblem;
import dev.aigraph.system.RequestBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/documents}: an article in, its facts out, as claims and edges or as proposals in the review queue.
 * A bad field answers 400 naming it; an article whose facts cannot all be written answers 422 and writes nothing
 * (unless {@code allowPartial=true}).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "ingest", description = "Add facts to the graph")
class DocumentController {

    private static final String EXPLAINED = "Facts extracted with at least aigraph.extract.min-confidence that name "
            + "entities the gazetteer knows become claims and edges (method article_extraction); the others wait "
            + "in the review queue (GET /api/review). The source is the url, else a SHA-256 of the text. Posting "
            + "the same article again creates nothing.";

    private final ArticleIngestion articles;
    private final long maxBodyBytes;

    DocumentController(ArticleIngestion articles,
                       @Value("${aigraph.ingest.max-body-bytes:10485760}") long maxBodyBytes) {
        this.articles = articles;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * An article as JSON.
     *
     * @param published YYYY, YYYY-MM or YYYY-MM-DD; relative dates in the text ("in July") resolve against it
     * @param language  en, nl or de; detected when left out
     */
    record DocumentRequest(String text, String title, String url, String published, String language) {
    }

    @Operation(summary = "Ingest an article: extract its facts into claims and edges, or the review queue",
            description = "Body: {\"text\": …, \"title\": …, \"url\": …, \"published\": \"2025-09-11\", "
                    + "\"language\": \"en\"}; only text is required. " + EXPLAINED,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = DocumentRequest.class))))
    @PostMapping(path = "/documents", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleReport> json(HttpServletRequest request,
                                       @RequestParam(defaultValue = "false") boolean allowPartial) {
        var body = RequestBodies.json(RequestBodies.text(request, maxBodyBytes), DocumentRequest.class);
        return ingest(body == null ? new DocumentRequest(null, null, null, null, null) : body, allowPartial);
    }

    @Operation(summary = "Ingest an article given as plain text",
            description = "Body: the article's text; title, url, published and language as query parameters. "
                    + EXPLAINED)
    @PostMapping(path = "/documents", consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleReport> text(HttpServletRequest request,
                                       @RequestParam(required = false) String title,
                                       @RequestParam(required = false) String url,
                                       @Parameter(description = "YYYY, YYYY-MM or YYYY-MM-DD")
                                       @RequestParam(required = false) String published,
                                       @Parameter(description = "en, nl or de; detected when left out")
                                       @RequestParam(required = false) String language,
                                       @RequestParam(defaultValue = "false") boolean allowPartial) {
        return ingest(new DocumentRequest(RequestBodies.text(request, maxBodyBytes), title, url, published, language),
                allowPartial);
    }

    private ResponseEntity<ArticleReport> ingest(DocumentRequest request, boolean allowPartial) {
        if (request.text() == null || request.text().isBlank()) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "text: the document is empty; give the article's text");
        }
        PartialDate published;
        try {
            published = blank(request.published()) ? null : PartialDate.parse(request.published());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "published: " + e.getMessage());
        }
        if (!blank(request.language()) && Language.parse(request.language()).isEmpty()) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "language: '" + request.language()
                    + "' is not a language aigraph reads; use en, nl or de, or leave it out to detect it");
        }
        String title = blank(request.title()) ? null : request.title().strip();
        String url = blank(request.url()) ? null : request.url().strip();
        if (url != null) {
            Source.refuseId(url).ifPresent(reason -> {
                throw ApiProblem.of(HttpStatus.BAD_REQUEST, "url: " + reason + " (the url is the source id)");
            });
        }
        var document = new Document(title != null ? title : url != null ? url : "posted text", request.text(), title,
                url, published, blank(request.language()) ? null : request.language());
        ArticleReport report;
        try {
            report = articles.ingest(document, allowPartial);
        } catch (IllegalArgumentException undetectable) {
            throw ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, undetectable.getMessage());
        }
        return ResponseEntity.status(report.written() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(report);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
