package dev.aigraph.graph;

import java.util.Arrays;
import java.util.Optional;

/**
 * The relationship types of the graph, direction subject → object. This enum is the whitelist: a relationship type
 * in Cypher is only ever one of these names, never text from a user.
 */
public enum RelationType {
    INVESTED_IN("put money into (equity, funding)", EntityKind.ORGANIZATION, EntityKind.ORGANIZATION),
    ACQUIRED("bought the company", EntityKind.ORGANIZATION, EntityKind.ORGANIZATION),
    BUYS_COMPUTE_FROM("buys compute, cloud or data-centre capacity", EntityKind.ORGANIZATION, EntityKind.ORGANIZATION),
    RUNS_ON("runs its workloads or services on a cloud", EntityKind.ORGANIZATION, EntityKind.CLOUD_PLATFORM),
    SUPPLIES("supplies chips, hardware or other inputs", EntityKind.ORGANIZATION, EntityKind.ORGANIZATION),
    PARTNERS_WITH("partnership, alliance, agreement (symmetric)", EntityKind.ORGANIZATION, EntityKind.ORGANIZATION),
    COMPETES_WITH("competes (symmetric)", EntityKind.ORGANIZATION, EntityKind.ORGANIZATION),
    DEVELOPS("builds or owns a model, product or platform", EntityKind.ORGANIZATION, EntityKind.PRODUCT),
    USES_MODEL("integrates or relies on a model or model product", EntityKind.ORGANIZATION, EntityKind.AI_MODEL),
    TESTS_MODEL("evaluates another company's models as alternatives", EntityKind.ORGANIZATION, EntityKind.ORGANIZATION),
    LICENSES("holds rights to another's IP", EntityKind.ORGANIZATION, EntityKind.ORGANIZATION),
    HAS_EXCLUSIVE_RIGHTS("holds exclusive rights (models, IP, hosting) until end", EntityKind.ORGANIZATION,
            EntityKind.ORGANIZATION),
    HAS_RIGHT_OF_FIRST_REFUSAL("gets first refusal, e.g. on compute capacity", EntityKind.ORGANIZATION,
            EntityKind.ORGANIZATION),
    MEMBER_OF("participates in a joint project or initiative", EntityKind.ORGANIZATION, EntityKind.PROJECT),
    FOUNDED("founded or co-founded", EntityKind.PERSON, EntityKind.ORGANIZATION),
    LEADS("heads (CEO, chair)", EntityKind.PERSON, EntityKind.ORGANIZATION),
    WORKS_FOR("works for, with a role", EntityKind.PERSON, EntityKind.ORGANIZATION),
    BASED_IN("headquartered in or belongs to a place", EntityKind.ORGANIZATION, EntityKind.REGION),
    SUBSIDIARY_OF("is a subsidiary, division or brand of", EntityKind.ORGANIZATION, EntityKind.ORGANIZATION);

    private final String meaning;
    private final EntityKind subjectKind;
    private final EntityKind objectKind;

    RelationType(String meaning, EntityKind subjectKind, EntityKind objectKind) {
        this.meaning = meaning;
        this.subjectKind = subjectKind;
        this.objectKind = objectKind;
    }

    public String meaning() {
        return meaning;
    }

    /** The kind given to an entity first met as this relation's subject. */
    public EntityKind subjectKind() {
        return subjectKind;
    }

    /** The kind given to an entity first met as this relation's object. */
    public EntityKind objectKind() {
        return objectKind;
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
