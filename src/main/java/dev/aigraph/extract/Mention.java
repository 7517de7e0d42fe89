package dev.aigraph.extract;

import dev.aigraph.graph.EntityKind;

/**
 * An entity a sentence refers to, and how the text referred to it.
 *
 * @param first      the mention's first token in the sentence
 * @param last       its last token, inclusive
 * @param entity     the entity meant
 * @param via        by name, by a description the gazetteer lists, by a phrase pointing back, or by an unknown name
 * @param possessive written as an owner: "OpenAI's", "Microsofts"
 * @param modifier   the first part of a hyphenated compound: "Microsoft" in "Microsoft-CEO"
 */
record Mention(int first, int last, Entity entity, Via via, boolean possessive, boolean modifier) {

    /** How a text referred to an entity; all but a name cost some confidence. */
    enum Via {
        NAME, DESCRIPTION, ANAPHOR, UNKNOWN_NAME
    }

    /**
     * An entity as extraction knows it, without a database: the gazetteer's id and canonical name, or for a name the
     * gazetteer does not know, a proposed id.
     *
     * @param partOf the id of the entity it belongs to (Azure: Microsoft), or null
     */
    record Entity(String id, String name, EntityKind kind, boolean known, String partOf) {
    }

    EntityKind kind() {
        return entity.kind();
    }

    /** How much confidence a fact loses for naming its entity this way rather than by name. */
    double doubt() {
        return switch (via) {
            case NAME -> 0;
            case DESCRIPTION, ANAPHOR -> 0.1;
            case UNKNOWN_NAME -> 0.3;
        };
    }
}
