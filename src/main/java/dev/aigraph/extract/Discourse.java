package dev.aigraph.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aigraph.extract.Mention.Entity;
import dev.aigraph.graph.EntityKind;
import dev.aigraph.graph.RelationType;

/**
 * What the sentences read so far make salient, so a later sentence's "the company", "dit project", "die beiden
 * Unternehmen" or a gazetteer description ("de techreus") can be resolved, and only then: a description names its
 * entity only when that entity was named a moment ago.
 */
final class Discourse {

    /** How many sentences back a name keeps a description or a pointing phrase resolvable. */
    static final int REACH = 5;

    private final Deque<Set<String>> namedPerSentence = new ArrayDeque<>();
    private Entity lastSubject;
    private Entity lastProject;
    private List<Entity> lastPair = List.of();
    private List<Candidate> lastDeals = List.of();
    private final Set<String> namedInSentence = new HashSet<>();
    /** Organisations by how recently they were named, the latest first. */
    private final Deque<Entity> organizations = new ArrayDeque<>();
    /** Where the article has placed an entity so far (BASED_IN facts), by entity id. */
    private final Map<String, String> placeOf = new HashMap<>();

    /** Whether the entity was named in this sentence so far or in the last {@link #REACH} sentences. */
    boolean recentlyNamed(String id) {
        return namedInSentence.contains(id) || namedPerSentence.stream().anyMatch(ids -> ids.contains(id));
    }

    void named(Entity entity) {
        namedInSentence.add(entity.id());
        if (entity.kind() == EntityKind.ORGANIZATION && entity.known()) {
            organizations.removeIf(o -> o.id().equals(entity.id()));
            organizations.addFirst(entity);
        }
        if (entity.kind() == EntityKind.PROJECT) {
            lastProject = entity;
        }
    }

    /**
     * The one organisation named in the last {@link #REACH} sentences that the article has placed in a country, or
     * null when none or several are: "een kleine Chinese start-up" then means it.
     */
    Entity recentlyPlacedIn(String placeId) {
        var placed = organizations.stream().filter(o -> recentlyNamed(o.id()) && placeId.equals(placeOf.get(o.id())))
                .toList();
        return placed.size() == 1 ? placed.get(0) : null;
    }

    /** The organisation the recent sentences were about: their first unmarked organisation. */
    Entity lastSubject() {
        return lastSubject;
    }

    Entity lastProject() {
        return lastProject;
    }

    /** The two parties of the last fact between two organisations, for "the two companies". */
    List<Entity> lastPair() {
        return lastPair;
    }

    /** The facts of the last sentence with a priced deal, which "the deal" or "de nieuwe deal" points back to. */
    List<Candidate> lastDeals() {
        return lastDeals;
    }

    /** Closes a sentence: what it named, its subject, its facts (null: keep the last sentence's deals). */
    void endSentence(Entity subject, List<Candidate> facts) {
        namedPerSentence.addFirst(Set.copyOf(namedInSentence));
        while (namedPerSentence.size() > REACH) {
            namedPerSentence.removeLast();
        }
        namedInSentence.clear();
        if (subject != null && subject.kind() == EntityKind.ORGANIZATION) {
            lastSubject = subject;
        }
        if (facts == null) {
            return;
        }
        for (Candidate fact : facts) {
            if (fact.relation() == RelationType.BASED_IN) {
                placeOf.putIfAbsent(fact.subject().id(), fact.object().id());
            }
            if (fact.subject().kind() == EntityKind.ORGANIZATION && fact.object().kind() == EntityKind.ORGANIZATION
                    && !fact.subject().id().equals(fact.object().id())) {
                lastPair = List.of(fact.subject(), fact.object());
            }
        }
        if (facts.stream().anyMatch(fact -> fact.amount() != null)) {
            lastDeals = new ArrayList<>(facts);     // "the deal" is the last one with a price
        }
    }
}
