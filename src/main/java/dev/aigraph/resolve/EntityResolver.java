package dev.aigraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.aigraph.graph.EntityKind;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Decides which entity a name means. In order: a name the graph has learned (an alias recorded when two entities
 * were merged), the bundled gazetteer, an entity an earlier statement created, and otherwise a new entity whose
 * kind the relation's role gives. A name opening with an article ("the OpenAI", "de Stargate Project", "das
 * Stargate-Projekt") that is not known as a whole means the entity the rest names, when that is known. A name of the
 * wrong kind for its role, or one the gazetteer cannot tell apart ("Gemini": the model or the app?), is refused with
 * a reason.
 */
@Component
public class EntityResolver {

    /** Longest name of an entity: names become indexed ids and aliases, and no real name is near it. */
    public static final int MAX_NAME_LENGTH = 200;

    private static final String ALIASED_IN_GRAPH = """
            UNWIND $keys AS key
            MATCH (:Alias {key: key})-[:ALIAS_OF]->(e:Entity)
            RETURN key, e.id AS id, e.name AS name, e.kind AS kind, coalesce(e.aliases, []) AS aliases""";

    private static final String CREATED_IN_GRAPH = """
            UNWIND $keys AS key
            MATCH (e:Entity {id: key})
            RETURN key, e.id AS id, e.name AS name, e.kind AS kind, coalesce(e.aliases, []) AS aliases""";

    // English, Dutch and German definite articles, as statements write them before a name. Only dropped when the rest
    // is a known name: "The Information" stays a name of its own.
    private static final Pattern LEADING_ARTICLE = Pattern.compile(
            "(?iu)^(?:the|de|het|der|die|das|den|dem|des)\\s+(?=\\S)");

    private final Gazetteer gazetteer;
    private final Driver driver;

    EntityResolver(Gazetteer gazetteer, Driver driver) {
        this.gazetteer = gazetteer;
        this.driver = driver;
    }

    /**
     * A name to resolve and the kinds its role admits, the default kind for a new entity first.
     *
     * @param role how to name the role in a message, e.g. "the object of 'runs on'"
     */
    public record Request(String name, List<EntityKind> kinds, String role) {
    }

    /** What a name resolved to, or why it did not. */
    public sealed interface Resolution {
    }

    /**
     * @param created     the entity did not exist before this request and will be created
     * @param suggestions for a new entity, known names it nearly matches ("did you mean Anthropic?")
     */
    public record Resolved(ResolvedEntity entity, boolean created, List<String> suggestions) implements Resolution {
    }

    public record Refused(String reason) implements Resolution {
    }

    /**
     * An entity as it is written, with what the gazetteer knows of it; {@code partOf} is the id of the entity it
     * belongs to.
     */
    public record ResolvedEntity(String id, String name, EntityKind kind, List<String> aliases, String wikidata,
                                 String website, String partOf) {
    }

    /** Resolves every request with one read of the graph; a name asked for twice resolves the same way. */
    public Map<Request, Resolution> resolveAll(Collection<Request> requests) {
        var names = requests.stream().map(Request::name)
                .flatMap(name -> Stream.concat(Stream.of(name), withoutArticle(name).stream())).distinct().toList();
        var known = new Known(
                inGraph(ALIASED_IN_GRAPH, names.stream().map(NameKey::of).distinct().toList()),
                inGraph(CREATED_IN_GRAPH, names.stream().map(NameKey::slug).distinct().toList()),
                new HashMap<>());
        Map<Request, Resolution> resolutions = new LinkedHashMap<>();
        for (Request request : requests) {
            resolutions.computeIfAbsent(request, r -> resolve(r, known));
        }
        return resolutions;
    }

    /** The gazetteer entries an entity belongs to, transitively, so PART_OF links have both ends. */
    public List<ResolvedEntity> parents(ResolvedEntity entity) {
        var parents = new ArrayList<ResolvedEntity>();
        String parent = entity.partOf();
        while (parent != null && parents.size() < 10) {
            Optional<GazetteerEntry> entry = gazetteer.byId(parent);
            if (entry.isEmpty()) {
                break;
            }
            parents.add(of(entry.get()));
            parent = entry.get().partOf();
        }
        return parents;
    }

    /** Whether a text is, as a whole, a name the gazetteer knows. */
    public boolean isKnownName(String text) {
        return !gazetteer.named(text).isEmpty();
    }

    /** What the graph knows of the names in one request: merge aliases, entities by id, and entities new here. */
    private record Known(Map<String, ResolvedEntity> aliased, Map<String, ResolvedEntity> byId,
                         Map<String, ResolvedEntity> createdHere) {
    }

    private Resolution resolve(Request request, Known known) {
        if (request.name().length() > MAX_NAME_LENGTH) {
            return new Refused("'" + request.name().substring(0, 40) + "…' is " + request.name().length()
                    + " characters long; a name is at most " + MAX_NAME_LENGTH);
        }
        Optional<Resolution> whole = ofKnownName(request, request.name(), known);
        if (whole.isPresent()) {
            return whole.get();
        }
        Optional<Resolution> rest = withoutArticle(request.name()).flatMap(name -> ofKnownName(request, name, known));
        if (rest.isPresent()) {
            return rest.get();
        }
        String slug = NameKey.slug(request.name());
        if (slug.isEmpty()) {
            return new Refused("'" + request.name() + "' is not a name");
        }
        var created = new ResolvedEntity(slug, request.name(), request.kinds().get(0), List.of(), null, null, null);
        known.createdHere().put(slug, created);
        List<String> suggestions = gazetteer.nearMisses(request.name()).stream().map(GazetteerEntry::name).toList();
        return new Resolved(created, true, suggestions);
    }

    // What a name means if the graph, the gazetteer or this request knows it; empty if it would be a new entity.
    private Optional<Resolution> ofKnownName(Request request, String name, Known known) {
        ResolvedEntity aliased = known.aliased().get(NameKey.of(name));
        if (aliased != null) {
            return Optional.of(checked(request, aliased, false, List.of()));
        }
        Lookup lookup = gazetteer.lookup(name, Set.copyOf(request.kinds()));
        if (lookup instanceof Lookup.Found found) {
            return Optional.of(checked(request, of(found.entry()), false, List.of()));
        }
        if (lookup instanceof Lookup.Ambiguous ambiguous) {
            return Optional.of(new Refused("'" + name + "' is ambiguous: it can mean " + ambiguous.candidates()
                    .stream().map(c -> c.name() + " (" + c.kind().label() + ", id " + c.id() + ")")
                    .collect(Collectors.joining(" or ")) + "; write the full name"));
        }
        String slug = NameKey.slug(name);
        ResolvedEntity existing = known.byId().get(slug);
        if (existing != null) {
            return Optional.of(checked(request, existing, false, List.of()));
        }
        ResolvedEntity earlier = known.createdHere().get(slug);
        if (earlier != null) {
            return Optional.of(checked(request, earlier, true, List.of()));
        }
        return Optional.empty();
    }

    /** The name without its leading article ("the OpenAI": "OpenAI"), if it opens with one. */
    private static Optional<String> withoutArticle(String name) {
        Matcher article = LEADING_ARTICLE.matcher(name);
        return article.lookingAt() ? Optional.of(name.substring(article.end())) : Optional.empty();
    }

    private static Resolution checked(Request request, ResolvedEntity entity, boolean created,
                                      List<String> suggestions) {
        if (!request.kinds().contains(entity.kind())) {
            return new Refused("'" + request.name() + "' is " + article(entity.kind()) + " " + entity.kind().label()
                    + (entity.name().equals(request.name()) ? "" : " (" + entity.name() + ")") + ", but "
                    + request.role() + " must be " + request.kinds().stream().map(EntityKind::label)
                    .collect(Collectors.joining(" or ")));
        }
        return new Resolved(entity, created, suggestions);
    }

    private static String article(EntityKind kind) {
        return "AEIOU".indexOf(kind.label().charAt(0)) >= 0 ? "an" : "a";
    }

    private static ResolvedEntity of(GazetteerEntry entry) {
        return new ResolvedEntity(entry.id(), entry.name(), entry.kind(), entry.aliases(), entry.wikidata(),
                entry.website(), entry.partOf());
    }

    private Map<String, ResolvedEntity> inGraph(String query, List<String> keys) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, Map.of("keys", keys)).list()).stream()
                    .collect(Collectors.toMap(r -> r.get("key").asString(), EntityResolver::entity, (a, b) -> a));
        }
    }

    private static ResolvedEntity entity(Record record) {
        return new ResolvedEntity(record.get("id").asString(), record.get("name").asString(),
                EntityKind.parse(record.get("kind").asString()).orElse(EntityKind.ORGANIZATION),
                record.get("aliases").asList(v -> v.asString()), null, null, null);
    }
}
