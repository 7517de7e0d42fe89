package dev.aigraph.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.aigraph.graph.EntityKind;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The bundled list of AI-industry entities with their kinds and aliases ({@code gazetteer/entities.yaml}, editable,
 * or a copy of your own via {@code aigraph.gazetteer.location}). Names are compared by {@link NameKey}; a
 * possessive or genitive form ("OpenAI's", "Microsofts") is tried without its ending when the form itself is unknown.
 */
public final class Gazetteer {

    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|s['’]|['’]|s)$");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> byId;
    private final Map<String, List<GazetteerEntry>> byKey;

    private Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        this.byId = new LinkedHashMap<>();
        this.byKey = new HashMap<>();
        for (GazetteerEntry entry : entries) {
            byId.put(entry.id(), entry);
            var names = new ArrayList<String>();
            names.add(entry.name());
            names.addAll(entry.aliases());
            names.stream().map(NameKey::of).distinct()
                    .forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entry));
        }
    }

    /** The file's shape: a list under {@code entities}. */
    private record File(List<Row> entities) {
    }

    private record Row(String id, String name, String kind, List<String> aliases,
                       Map<String, List<String>> descriptions, String wikidata, String website, String partOf) {
    }

    /** The gazetteer that ships with aigraph, {@code classpath:gazetteer/entities.yaml}. */
    public static Gazetteer bundled() {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/entities.yaml")) {
            return load(in, "classpath:gazetteer/entities.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled gazetteer cannot be read", e);
        }
    }

    /**
     * Reads and checks a gazetteer file.
     *
     * @throws IllegalArgumentException naming the location and entry when the file is malformed
     */
    public static Gazetteer load(InputStream yaml, String location) {
        File file;
        try {
            file = new YAMLMapper().readValue(yaml, File.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(location + ": not a gazetteer file: " + e.getOriginalMessage(), e);
        }
        if (file == null || file.entities() == null) {
            throw new IllegalArgumentException(location + ": expected a list under 'entities:'");
        }
        var entries = new ArrayList<GazetteerEntry>();
        var ids = new HashSet<String>();
        for (int i = 0; i < file.entities().size(); i++) {
            Row row = file.entities().get(i);
            String where = location + ": entry " + (i + 1) + (row.id() == null ? "" : " (" + row.id() + ")");
            if (row.name() == null || row.name().isBlank()) {
                throw new IllegalArgumentException(where + " has no name");
            }
            String id = row.id() == null ? NameKey.slug(row.name()) : row.id();
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException(where + ": id '" + id + "' must be lower-case letters, digits "
                        + "and single hyphens");
            }
            if (!ids.add(id)) {
                throw new IllegalArgumentException(where + ": id '" + id + "' is used twice");
            }
            EntityKind kind = row.kind() == null ? null : EntityKind.parse(row.kind()).orElse(null);
            if (kind == null) {
                throw new IllegalArgumentException(where + ": kind '" + row.kind() + "' is not one of "
                        + List.of(EntityKind.values()).stream().map(EntityKind::label).toList());
            }
            entries.add(new GazetteerEntry(id, row.name().strip(), kind, row.aliases(), row.descriptions(),
                    row.wikidata(), row.website(), row.partOf()));
        }
        for (GazetteerEntry entry : entries) {
            if (entry.partOf() != null && !ids.contains(entry.partOf())) {
                throw new IllegalArgumentException(location + ": entry " + entry.id() + " is part of '"
                        + entry.partOf() + "', which is not an id in the file");
            }
        }
        return new Gazetteer(entries);
    }

    /** Looks a name up by its key, then without a possessive ending. */
    public Lookup lookup(String name) {
        List<GazetteerEntry> found = named(name);
        if (found.isEmpty()) {
            return new Lookup.Unknown();
        }
        return found.size() == 1 ? new Lookup.Found(found.get(0)) : new Lookup.Ambiguous(found);
    }

    /**
     * The entries a name or its possessive form ("OpenAI's") names, without the near-miss search {@link #lookup}
     * does for an unknown name: cheap enough to try on every word of an article.
     */
    public List<GazetteerEntry> named(String name) {
        List<GazetteerEntry> found = byKey.get(NameKey.of(name));
        if (found == null) {
            String stem = POSSESSIVE.matcher(name.strip()).replaceFirst("");
            if (!stem.equals(name.strip()) && !stem.isBlank()) {
                found = byKey.get(NameKey.of(stem));
            }
        }
        return found == null ? List.of() : List.copyOf(found);
    }

    /** Whether the name, exactly as written (no possessive ending taken off), is one of the entry's names. */
    public static boolean namesExactly(GazetteerEntry entry, String name) {
        String key = NameKey.of(name);
        return NameKey.of(entry.name()).equals(key) || entry.aliases().stream().anyMatch(a -> NameKey.of(a).equals(key));
    }

    /**
     * Looks a name up for a role that admits only some kinds: an ambiguous name is narrowed to those kinds.
     * A single entry of another kind stays found; the caller decides whether the role admits it.
     */
    public Lookup lookup(String name, Set<EntityKind> acceptedKinds) {
        Lookup lookup = lookup(name);
        if (lookup instanceof Lookup.Ambiguous ambiguous) {
            var fitting = ambiguous.candidates().stream().filter(c -> acceptedKinds.contains(c.kind())).toList();
            if (fitting.size() == 1) {
                return new Lookup.Found(fitting.get(0));
            }
            if (fitting.size() > 1) {
                return new Lookup.Ambiguous(fitting);
            }
        }
        return lookup;
    }

    public Optional<GazetteerEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    /**
     * Entries whose name is a near miss of this one, closest first ("did you mean Anthropic?"): within two edits (one
     * for short names), so "Antropic" suggests Anthropic but "Meta" not "Beta". It compares the name with every entry,
     * so it is not part of {@link #lookup}: a caller asks for it only for a name it is about to make a new entity of.
     */
    public List<GazetteerEntry> nearMisses(String name) {
        String key = NameKey.of(name);
        int allowed = key.length() < 5 ? 1 : 2;
        record Candidate(GazetteerEntry entry, int distance) {
        }
        var candidates = new LinkedHashMap<String, Candidate>();
        byKey.forEach((entryKey, found) -> {
            if (Math.abs(entryKey.length() - key.length()) <= allowed) {
                int distance = Edits.distance(key, entryKey, allowed);
                if (distance <= allowed) {
                    found.forEach(e -> candidates.merge(e.id(), new Candidate(e, distance),
                            (a, b) -> a.distance() <= b.distance() ? a : b));
                }
            }
        });
        return candidates.values().stream().sorted(Comparator.comparingInt(Candidate::distance)
                .thenComparing(c -> c.entry().name())).limit(3).map(Candidate::entry).toList();
    }
}
