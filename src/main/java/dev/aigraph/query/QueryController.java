package dev.aigraph.query;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.aigraph.graph.EntityKind;
import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.RelationType;
import dev.aigraph.ingest.EdgeKey;
import dev.aigraph.query.GraphQueries.AsOf;
import dev.aigraph.query.GraphQueries.EdgeDetail;
import dev.aigraph.query.GraphQueries.EntityDetail;
import dev.aigraph.query.GraphQueries.EntityRef;
import dev.aigraph.query.GraphQueries.EntitySummary;
import dev.aigraph.query.GraphQueries.Found;
import dev.aigraph.query.GraphQueries.Hop;
import dev.aigraph.query.GraphQueries.Limited;
import dev.aigraph.query.GraphQueries.Money;
import dev.aigraph.query.GraphQueries.Reached;
import dev.aigraph.query.GraphQueries.Relationship;
import dev.aigraph.query.GraphQueries.UnknownEntityException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import dev.aigraph.system.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Questions to the graph. {@code {ref}} is an id, a canonical name or an alias; an unknown one answers 404 with
 * suggestions, a bad parameter 400 naming it. {@code asOf} (YYYY, YYYY-MM or YYYY-MM-DD) keeps only relations valid
 * at some time in that period.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "query", description = "Ask the graph")
class QueryController {

    private final GraphQueries queries;

    QueryController(GraphQueries queries) {
        this.queries = queries;
    }

    /** Search results, or suggestions when nothing matched; {@code truncated} when more matched than the limit. */
    record FindResult(String query, List<Found> entities, List<String> didYouMean, boolean truncated) {
    }

    @Operation(summary = "Find entities by name or alias (case and accents ignored), optionally of one kind")
    @GetMapping("/entities")
    FindResult find(@RequestParam String q, @RequestParam(required = false) String kind) {
        if (q.isBlank()) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "q: give a name or part of one");
        }
        String label = kind == null ? null : EntityKind.parse(kind).map(EntityKind::label).orElseThrow(() ->
                ApiProblem.of(HttpStatus.BAD_REQUEST, "kind: '" + kind + "' is not one of " + Arrays.stream(
                        EntityKind.values()).map(EntityKind::label).toList()));
        var found = queries.find(q, label);
        return new FindResult(q, found.items(), found.items().isEmpty() ? queries.suggestions(q) : List.of(),
                found.truncated());
    }

    @Operation(summary = "One entity with its relationships in and out, with properties and evidence",
            description = "For each relation type and direction at most aigraph.query.max-results relationships from "
                    + "`offset`, by the other entity's name; `counts` says how many each has and `truncated` whether "
                    + "a page was cut. `types` (comma-separated) narrows to some relation types.")
    @GetMapping("/entities/{ref}")
    EntityDetail entity(@PathVariable String ref, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt, @RequestParam(required = false) String types,
            @RequestParam(defaultValue = "0") int offset) {
        return queries.entity(id(ref, "ref"), asOf(asOf, knownAt),
                types == null ? List.of(RelationType.values()) : relationTypes(types, "types"), offset(offset));
    }

    /**
     * Reached entities with the paths that reach them, and each entity and edge on those paths once (edges with their
     * properties and evidence); {@code truncated} when more were reached than the limit.
     */
    record ReachResult(EntitySummary entity, int depth, List<String> types, String asOf,
                       List<Reached> results, Map<String, EntitySummary> entities, Map<String, EdgeDetail> edges,
                       boolean truncated) {
    }

    @Operation(summary = "What the entity depends on, transitively, with the paths",
            description = "Dependency relations and their direction are defined once (see README): compute bought, "
                    + "clouds run on, models used, developers of models and products, chips supplied, money "
                    + "received, licences, parent companies.")
    @GetMapping("/entities/{ref}/dependencies")
    ReachResult dependencies(@PathVariable String ref, @RequestParam(defaultValue = "3") int depth,
                             @Parameter(description = "comma-separated relation types to follow")
                             @RequestParam(required = false) String types,
                             @RequestParam(required = false) String asOf,
                             @RequestParam(required = false) String knownAt) {
        return reach(queries::dependencies, ref, depth, types, asOf, knownAt);
    }

    @Operation(summary = "Who depends on the entity, transitively: who is exposed if it fails",
            description = "Ranked by distance, by the number of paths and by the money at stake on them.")
    @GetMapping("/entities/{ref}/exposure")
    ReachResult exposure(@PathVariable String ref, @RequestParam(defaultValue = "3") int depth,
                         @RequestParam(required = false) String types,
                         @RequestParam(required = false) String asOf,
                         @RequestParam(required = false) String knownAt) {
        return reach(queries::exposure, ref, depth, types, asOf, knownAt);
    }

    /** A transitive walk from one entity: dependencies or exposure. */
    private interface Walk {
        GraphQueries.Walk from(EntityRef ref, int depth, List<RelationType> types, AsOf asOf);
    }

    private ReachResult reach(Walk walk, String ref, int depth, String types, String asOf, String knownAt) {
        List<RelationType> allowed = dependencyTypes(types);
        var answer = walk.from(new EntityRef(ref, "ref"), depth(depth, "depth"), allowed, asOf(asOf, knownAt));
        return new ReachResult(answer.from(), depth, names(allowed), asOf, answer.reached().items(),
                answer.entities(), answer.edges(), answer.reached().truncated());
    }

    @Operation(summary = "One edge and all of its evidence, earliest first, a page at a time",
            description = "Answers give each edge's first " + GraphQueries.EVIDENCE_PER_EDGE + " pieces of evidence "
                    + "and its number of claims; this pages through all of them: at most aigraph.query.max-results "
                    + "from `offset`, `truncated` when there are more. `edge` is the key answers give it.")
    @GetMapping("/evidence")
    GraphQueries.EdgeEvidence evidence(@RequestParam String edge, @RequestParam(defaultValue = "0") int offset,
                                       @RequestParam(required = false) String knownAt) {
        EdgeKey key = EdgeKey.parse(edge).orElseThrow(() -> ApiProblem.of(HttpStatus.BAD_REQUEST, "edge: '" + edge
                + "' is not an edge key; an answer's edges are keyed subject>RELATION>object, e.g. "
                + "microsoft>INVESTED_IN>openai"));
        return queries.evidence(edge, key.relation(), offset(offset), asOf(null, knownAt));
    }

    @ExceptionHandler(GraphQueries.UnknownEdgeException.class)
    ProblemDetail unknownEdge(GraphQueries.UnknownEdgeException unknown) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
    }

    @Operation(summary = "Money invested into and by the entity, by counterparty, with totals per currency")
    @GetMapping("/entities/{ref}/money")
    Money money(@PathVariable String ref, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt) {
        return queries.money(id(ref, "ref"), asOf(asOf, knownAt));
    }

    /**
     * Paths between two entities, shortest first, and each entity and edge on them once (edges with their properties
     * and evidence); {@code truncated} when there were more than the limit.
     */
    record PathsResult(EntitySummary from, EntitySummary to, int maxHops,
                       List<List<Hop>> paths, Map<String, EntitySummary> entities, Map<String, EdgeDetail> edges,
                       boolean truncated) {
    }

    @Operation(summary = "The shortest simple paths between two entities up to maxHops, shortest first",
            description = "At most `limit` paths (default 10, at most aigraph.query.max-results): between two "
                    + "entities near hubs there are millions of longer paths, and the shortest say the most.")
    @GetMapping("/paths")
    PathsResult paths(@RequestParam String from, @RequestParam String to,
                      @RequestParam(defaultValue = "4") int maxHops,
                      @RequestParam(defaultValue = "10") int limit,
                      @RequestParam(required = false) String types,
                      @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt) {
        List<RelationType> allowed = types == null ? List.of(RelationType.values()) : relationTypes(types, "types");
        if (limit < 1 || limit > queries.maxResults()) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "limit: must be between 1 and " + queries.maxResults()
                    + " (aigraph.query.max-results), not " + limit);
        }
        var answer = queries.paths(new EntityRef(from, "from"), new EntityRef(to, "to"), depth(maxHops, "maxHops"),
                limit, allowed, asOf(asOf, knownAt));
        return new PathsResult(answer.from(), answer.to(), maxHops, answer.paths().paths().items(),
                answer.paths().entities(), answer.paths().edges(), answer.paths().paths().truncated());
    }

    /**
     * Partners and the other relations of cooperation and ownership, grouped; each group, and each project's
     * co-members, holds at most {@code aigraph.query.max-results}, {@code truncated} when one had more.
     */
    record Partnerships(EntitySummary entity, List<Relationship> partners,
                        List<GraphQueries.CoMembers> coMembers, List<Relationship> investors,
                        List<Relationship> investees, List<Relationship> licences, List<Relationship> exclusiveRights,
                        List<Relationship> firstRefusal, boolean truncated) {
    }

    @Operation(summary = "Partners, co-members of projects, investors and investees, licences and exclusivity",
            description = "Each group, and each project's co-members, holds at most aigraph.query.max-results, by "
                    + "name; the entity's answer (the project's, for its members) with `types` and `offset` pages "
                    + "through a longer one.")
    @GetMapping("/entities/{ref}/partnerships")
    Partnerships partnerships(@PathVariable String ref, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt) {
        String id = id(ref, "ref");
        EntityDetail entity = queries.entity(id, asOf(asOf, knownAt), List.of(RelationType.PARTNERS_WITH,
                RelationType.INVESTED_IN, RelationType.LICENSES, RelationType.HAS_EXCLUSIVE_RIGHTS,
                RelationType.HAS_RIGHT_OF_FIRST_REFUSAL), 0);
        var coMembers = queries.coMembers(id, asOf(asOf, knownAt));
        return new Partnerships(entity.summary(), of(entity, "PARTNERS_WITH", null), coMembers.items(),
                of(entity, "INVESTED_IN", false), of(entity, "INVESTED_IN", true), of(entity, "LICENSES", null),
                of(entity, "HAS_EXCLUSIVE_RIGHTS", null), of(entity, "HAS_RIGHT_OF_FIRST_REFUSAL", null),
                entity.truncated() || coMembers.truncated());
    }

    /** Competitors, with the evidence for each; {@code truncated} when there were more than the limit. */
    record Competitors(EntitySummary entity, List<Relationship> competitors, boolean truncated) {
    }

    @Operation(summary = "Competitors of the entity")
    @GetMapping("/entities/{ref}/competitors")
    Competitors competitors(@PathVariable String ref, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt) {
        EntityDetail entity = queries.entity(id(ref, "ref"), asOf(asOf, knownAt),
                List.of(RelationType.COMPETES_WITH), 0);
        return new Competitors(entity.summary(), of(entity, "COMPETES_WITH", null), entity.truncated());
    }

    private static List<Relationship> of(EntityDetail entity, String relation, Boolean outgoing) {
        return entity.relationships().stream().filter(r -> r.relation().equals(relation)
                && (outgoing == null || r.outgoing() == outgoing)).toList();
    }

    /**
     * One relation on the timeline: {@code when} is its start, else the date it was announced, else when it was
     * first reported; {@code until} its end; {@code status} planned, active or ended.
     */
    record Event(String when, String until, String status, String relation, boolean outgoing,
                 EntitySummary other, Relationship relationship) {
    }

    /**
     * The relations of an entity, or of a pair, in time order; at most {@code aigraph.query.max-results},
     * {@code truncated} when there were more.
     */
    record Timeline(EntitySummary entity, EntitySummary with, List<Event> events, boolean truncated) {
    }

    @Operation(summary = "Relations of the entity (or of the pair, with 'with') in time order, with their changes")
    @GetMapping("/entities/{ref}/timeline")
    Timeline timeline(@PathVariable String ref, @RequestParam(required = false) String with) {
        var history = queries.timeline(new EntityRef(ref, "ref"), with == null ? null : new EntityRef(with, "with"));
        var events = history.relationships().items().stream().map(d -> new Event(d.when(),
                (String) d.relationship().properties().get("end"), (String) d.relationship().properties().get("status"),
                d.relationship().relation(), d.relationship().outgoing(), d.relationship().other(), d.relationship()))
                .toList();
        return new Timeline(history.entity(), history.with(), events, history.relationships().truncated());
    }

    @Operation(summary = "Nodes and edges around an entity, to a depth, for drawing")
    @GetMapping("/subgraph")
    GraphQueries.Subgraph subgraph(@RequestParam String focus, @RequestParam(defaultValue = "1") int depth,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt) {
        return queries.subgraph(id(focus, "focus"), depth(depth, "depth"), asOf(asOf, knownAt));
    }

    /** Circular flows of money, compute and supply; {@code truncated} when there were more than the limit. */
    record Cycles(int maxHops, List<String> types, List<List<Hop>> cycles, Map<String, EntitySummary> entities,
                  Map<String, EdgeDetail> edges, boolean truncated) {
    }

    @Operation(summary = "Circular deals: cycles of money, compute and supply flows up to maxHops",
            description = "Each hop follows the money: INVESTED_IN, BUYS_COMPUTE_FROM and RUNS_ON from subject to "
                    + "object, SUPPLIES from customer to supplier. 'through' keeps cycles that pass an entity.")
    @GetMapping("/cycles")
    Cycles cycles(@RequestParam(defaultValue = "4") int maxHops, @RequestParam(required = false) String types,
                  @RequestParam(required = false) String through, @RequestParam(required = false) String asOf,
                  @RequestParam(required = false) String knownAt) {
        List<RelationType> allowed = types == null ? MoneyFlow.all() : relationTypes(types, "types");
        var notFlows = allowed.stream().filter(t -> !MoneyFlow.all().contains(t)).toList();
        if (!notFlows.isEmpty()) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "types: " + notFlows + " do not move money; flow types are "
                    + names(MoneyFlow.all()));
        }
        if (maxHops < 2) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "maxHops: a cycle has at least 2 hops, not " + maxHops);
        }
        String throughId = through == null ? null : id(through, "through");
        var cycles = queries.cycles(depth(maxHops, "maxHops"), allowed, throughId, asOf(asOf, knownAt));
        return new Cycles(maxHops, names(allowed), cycles.paths().items(), cycles.entities(), cycles.edges(),
                cycles.paths().truncated());
    }

    // ---- parameters ----

    private String id(String ref, String parameter) {
        return queries.resolve(new EntityRef(ref, parameter));
    }

    @ExceptionHandler(UnknownEntityException.class)
    ProblemDetail unknownEntity(UnknownEntityException unknown) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
        problem.setProperty("suggestions", queries.suggestions(unknown.ref().text()));
        return problem;
    }

    private int depth(int depth, String parameter) {
        if (depth < 1 || depth > queries.maxDepth()) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, parameter + ": must be between 1 and " + queries.maxDepth()
                    + " (aigraph.query.max-depth), not " + depth);
        }
        return depth;
    }

    private static int offset(int offset) {
        if (offset < 0) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "offset: must be 0 or more, not " + offset);
        }
        return offset;
    }

    private static AsOf asOf(String asOf, String knownAt) {
        return AsOf.of(date(asOf, "asOf"), date(knownAt, "knownAt"));
    }

    private static PartialDate date(String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, parameter + ": " + e.getMessage());
        }
    }

    private static List<RelationType> dependencyTypes(String types) {
        if (types == null) {
            return Dependency.all();
        }
        var allowed = relationTypes(types, "types");
        var notDependencies = allowed.stream().filter(t -> !Dependency.DIRECTIONS.containsKey(t)).toList();
        if (!notDependencies.isEmpty()) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "types: " + notDependencies + " do not mean a dependency; "
                    + "dependency types are " + names(Dependency.all()));
        }
        return allowed;
    }

    private static List<RelationType> relationTypes(String types, String parameter) {
        return Arrays.stream(types.split(",")).filter(t -> !t.isBlank())
                .map(t -> RelationType.parse(t).orElseThrow(() -> ApiProblem.of(HttpStatus.BAD_REQUEST, parameter + ": '"
                        + t.strip() + "' is not a relation type; known: " + List.of(RelationType.values()))))
                .toList();
    }

    private static List<String> names(List<RelationType> types) {
        return types.stream().map(Enum::name).sorted().toList();
    }
}
