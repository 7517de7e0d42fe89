package dev.aigraph.report;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dev.aigraph.system.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report scripts over HTTP (the list, one report's rows as JSON or CSV by the Accept header) and the export of
 * the graph.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "reports", description = "The Cypher report scripts of cypher/reports/")
class ReportController {

    private final Reports reports;
    private final GraphExport export;

    ReportController(Reports reports, GraphExport export) {
        this.reports = reports;
        this.export = export;
    }

    /** A report as listed: what it answers and its parameters with their defaults. */
    record Listed(String name, String title, String question, Map<String, String> parameters, List<String> notes) {
    }

    @Operation(summary = "The reports, with what they answer and their parameters")
    @GetMapping(path = "/reports", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Listed> list() {
        return reports.all().stream().map(r -> new Listed(r.name(), r.title(), r.question(), r.defaults(),
                r.notes())).toList();
    }

    @Operation(summary = "Run a report; query parameters are its parameters (Accept: application/json or text/csv)")
    @GetMapping(path = "/reports/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    Reports.Result json(@PathVariable String name, @RequestParam Map<String, String> parameters) {
        return run(name, parameters);
    }

    @GetMapping(path = "/reports/{name}", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String name, @RequestParam Map<String, String> parameters) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .body(ReportFormat.CSV.write(run(name, parameters)));
    }

    @Operation(summary = "Export the graph, or the part around 'focus', as GraphML, JSON or CSV (edges)",
            description = "GraphML opens in Gephi and yEd; every format carries Wikidata ids where known.")
    @GetMapping("/export")
    ResponseEntity<String> export(@RequestParam(defaultValue = "graphml") String format,
                                  @RequestParam(required = false) String focus,
                                  @RequestParam(defaultValue = "2") int depth) {
        try {
            GraphExport.Format chosen = GraphExport.Format.parse(format);
            if (depth < 1 || depth > 4) {
                throw new IllegalArgumentException("depth: must be between 1 and 4, not " + depth);
            }
            String body = export.write(export.read(focus, depth), chosen);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(chosen.mediaType() + "; charset=UTF-8"))
                    .header("Content-Disposition", "attachment; filename=aigraph." + format.toLowerCase(
                            java.util.Locale.ROOT))
                    .body(body);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private Reports.Result run(String name, Map<String, String> parameters) {
        if (reports.byName(name).isEmpty()) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "no report '" + name + "'; GET /api/reports lists them");
        }
        try {
            return reports.run(name, parameters);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (Reports.WriteRefused e) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, e.getMessage());
        }
    }
}
