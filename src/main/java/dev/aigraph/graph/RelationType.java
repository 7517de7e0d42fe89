package dev.aigraph.graph;

import static dev.aigraph.graph.EntityKind.AI_MODEL;
import static dev.aigraph.graph.EntityKind.CLOUD_PLATFORM;
import static dev.aigraph.graph.EntityKind.ORGANIZATION;
import static dev.aigraph.graph.EntityKind.PERSON;
import static dev.aigraph.graph.EntityKind.PRODUCT;
import static dev.aigraph.graph.EntityKind.PROJECT;
import static dev.aigraph.graph.EntityKind.REGION;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The relationship types of the graph, direction subject → object. This enum is the whitelist: a relationship type
 * in Cypher is only ever one of these names, never text from a user.
 */
public enum RelationType {
    INVESTED_IN("put money into (equity, funding)", List.of(ORGANIZATION, PERSON), List.of(ORGANIZATION, PROJECT)),
    ACQUIRED("bought the company", List.of(ORGANIZATION), List.of(ORGANIZATION, PRODUCT)),
    BUYS_COMPUTE_FROM("buys compute, cloud or data-centre capacity", List.of(ORGANIZATION, PROJECT),
            List.of(ORGANIZATION, CLOUD_PLATFORM)),
    RUNS_ON("runs its workloads or services on a cloud", List.of(ORGANIZATION, AI_MODEL, PRODUCT),
            List.of(CLOUD_PLATFORM, ORGANIZATION)),
    SUPPLIES("supplies chips, hardware or other inputs", List.of(ORGANIZATION), List.of(ORGANIZATION, PROJECT)),
    PARTNERS_WITH("partnership, alliance, agreement (symmetric)", List.of(ORGANIZATION, PROJECT),
            List.of(ORGANIZATION, PROJECT)),
    COMPETES_WITH("competes (symmetric)", List.of(ORGANIZATION, AI_MODEL, PRODUCT, CLOUD_PLATFORM),
            List.of(ORGANIZATION, AI_MODEL, PRODUCT, CLOUD_PLATFORM)),
    DEVELOPS("builds or owns a model, product or platform", List.of(ORGANIZATION, PERSON),
            List.of(PRODUCT, AI_MODEL, CLOUD_PLATFORM)),
    USES_MODEL("integrates or relies on a model or model product", List.of(ORGANIZATION, PRODUCT),
            List.of(AI_MODEL, PRODUCT, ORGANIZATION)),
    TESTS_MODEL("evaluates another company's models as alternatives", List.of(ORGANIZATION, PRODUCT),
            List.of(ORGANIZATION, AI_MODEL)),
    LICENSES("holds rights to another's IP", List.of(ORGANIZATION), List.of(ORGANIZATION)),
    HAS_EXCLUSIVE_RIGHTS("holds exclusive rights (models, IP, hosting) until end", List.of(ORGANIZATION),
            List.of(ORGANIZATION)),
    HAS_RIGHT_OF_FIRST_REFUSAL("gets first refusal, e.g. on compute capacity", List.of(ORGANIZATION),
            List.of(ORGANIZATION)),
    MEMBER_OF("participates in a joint project or initiative", List.of(ORGANIZATION), List.of(PROJECT)),
    FOUNDED("founded or co-founded", List.of(PERSON, ORGANIZATION), List.of(ORGANIZATION, PROJECT)),
    LEADS("heads (CEO, chair, head of state)", List.of(PERSON), List.of(ORGANIZATION, PROJECT, REGION)),
    WORKS_FOR("works for, with a role", List.of(PERSON), List.of(ORGANIZATION)),
    BASED_IN("headquartered in or belongs to a place", List.of(ORGANIZATION, PROJECT, PERSON), List.of(REGION)),
    SUBSIDIARY_OF("is a subsidiary, division or brand of", List.of(ORGANIZATION), List.of(ORGANIZATION));

    private final String meaning;
    private final List<EntityKind> subjectKinds;
    private final List<EntityKind> objectKinds;

    RelationType(String meaning, List<EntityKind> subjectKinds, List<EntityKind> objectKinds) {
        this.meaning = meaning;
        this.subjectKinds = subjectKinds;
        this.objectKinds = objectKinds;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * The kinds of entity that can be this relation's subject; the first is given to an entity first met in that
     * role. A Person cannot run on a cloud; an entity the gazetteer knows as another kind is refused.
     */
    public List<EntityKind> subjectKinds() {
        return subjectKinds;
    }

    /** The kinds of entity that can be this relation's object, the default first. */
    public List<EntityKind> objectKinds() {
        return objectKinds;
    }

    /** Symmetric relations are stored once per pair, in a canonical direction. */
    public boolean symmetric() {
        return this == PARTNERS_WITH || this == COMPETES_WITH;
    }

    public static Optional<RelationType> parse(String text) {
        String wanted = text.trim().replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(type -> type.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
