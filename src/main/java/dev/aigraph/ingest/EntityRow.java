package dev.aigraph.ingest;

import java.util.List;

import dev.aigraph.graph.EntityKind;

/** An entity as it is written: resolved id and name, its kind, and what the gazetteer knows of it. */
record EntityRow(String id, String name, EntityKind kind, List<String> aliases, String wikidata, String website,
                 String partOf) {
}
