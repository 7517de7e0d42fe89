package dev.aigraph.resolve;

import java.util.List;
import java.util.Map;

import dev.aigraph.graph.EntityKind;

/**
 * One entity the gazetteer knows.
 *
 * @param aliases      other names: short forms, former names, metonyms ("Redmond"), other-language names
 * @param descriptions descriptive mentions per language ("de techreus"), which only article extraction uses and
 *                     only when the context makes the referent clear; never used to look a name up
 * @param partOf       the id of the entity this one belongs to (Azure to Microsoft), or null
 */
public record GazetteerEntry(String id, String name, EntityKind kind, List<String> aliases,
                             Map<String, List<String>> descriptions, String wikidata, String website,
                             String partOf) {

    public GazetteerEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        descriptions = descriptions == null ? Map.of() : Map.copyOf(descriptions);
    }
}
