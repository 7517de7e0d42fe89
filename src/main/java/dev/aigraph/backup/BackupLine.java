package dev.aigraph.backup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of a backup file (JSON Lines, UTF-8), in the order they come:
 * <pre>
 * {"format":"aigraph-backup","version":1,"aigraph":"0.1.0","createdAt":"2026-03-01T10:00:00Z"}
 * {"labels":["Entity","Organization"],"key":"openai","properties":{"id":"openai","name":"OpenAI",…}}
 * {"type":"RUNS_ON","from":["Entity","openai"],"to":["Entity","azure"],"properties":{"claims":4,…}}
 * {"trailer":{"lines":3,"nodes":{"Entity":1,"Organization":1},"relationships":{"RUNS_ON":1},"sha256":"…"}}
 * </pre>
 * a header, every node, every relationship (its ends named by key label and key), and a trailer with the number of
 * lines before it, the counts per label and type, and the SHA-256 of those lines (each with its newline): a file cut
 * short has no trailer, and a file changed by hand no longer matches it.
 */
sealed interface BackupLine {

    String FORMAT = "aigraph-backup";
    int VERSION = 1;

    JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** The first line. */
    record Header(String aigraph, String createdAt) implements BackupLine {
        Map<String, Object> json() {
            var json = new LinkedHashMap<String, Object>();
            json.put("format", FORMAT);
            json.put("version", VERSION);
            json.put("aigraph", aigraph);
            json.put("createdAt", createdAt);
            return json;
        }
    }

    /** A node: its labels, its key label's key, and every property (the key among them). */
    record Node(String keyLabel, List<String> labels, String key, Map<String, Object> properties)
            implements BackupLine {
        Map<String, Object> json() {
            var json = new LinkedHashMap<String, Object>();
            json.put("labels", labels);
            json.put("key", key);
            json.put("properties", properties);
            return json;
        }
    }

    /** A relationship, from and to nodes named by key label and key. */
    record Relationship(String type, String fromLabel, String from, String toLabel, String to,
                        Map<String, Object> properties) implements BackupLine {
        Map<String, Object> json() {
            var json = new LinkedHashMap<String, Object>();
            json.put("type", type);
            json.put("from", List.of(fromLabel, from));
            json.put("to", List.of(toLabel, to));
            json.put("properties", properties);
            return json;
        }
    }

    /** The last line. */
    record Trailer(long lines, GraphCounts counts, String sha256) implements BackupLine {
        Map<String, Object> json() {
            var trailer = new LinkedHashMap<String, Object>();
            trailer.put("lines", lines);
            trailer.put("nodes", new TreeMap<>(counts.nodes()));
            trailer.put("relationships", new TreeMap<>(counts.relationships()));
            trailer.put("sha256", sha256);
            return Map.of("trailer", trailer);
        }
    }

    /**
     * Reads one line, checking its shape, names and values; the header's format and version are the caller's to
     * check.
     *
     * @throws BackupFileException saying what is wrong, on line {@code number}
     */
    static BackupLine parse(String text, long number) {
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new BackupFileException(number, "not JSON" + (at == null ? "" : " at column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new BackupFileException(number, "a line of a backup is a JSON object, not " + json);
        }
        try {
            if (json.has("format")) {
                fields(json, Set.of("format", "version", "aigraph", "createdAt"));
                if (!FORMAT.equals(json.get("format").asString(""))) {
                    throw new IllegalArgumentException("the file is not an aigraph backup: its format is "
                            + json.get("format") + ", not \"" + FORMAT + "\"");
                }
                if (json.get("version").asInt(-1) != VERSION) {
                    throw new IllegalArgumentException("the file is version " + json.get("version") + " of the "
                            + "backup format; this aigraph reads version " + VERSION);
                }
                return new Header(json.get("aigraph").asString(""), json.get("createdAt").asString(""));
            }
            if (json.has("labels")) {
                return node(json);
            }
            if (json.has("type")) {
                return relationship(json);
            }
            if (json.has("trailer")) {
                return trailer(json);
            }
            throw new IllegalArgumentException("a line holds a header (\"format\"), a node (\"labels\"), a "
                    + "relationship (\"type\") or the trailer (\"trailer\"); this has " + json.propertyNames());
        } catch (IllegalArgumentException e) {
            throw new BackupFileException(number, e.getMessage());
        }
    }

    private static Node node(JsonNode json) {
        fields(json, Set.of("labels", "key", "properties"));
        var labels = new ArrayList<String>();
        for (JsonNode label : array(json, "labels")) {
            labels.add(string(label, "a label"));
        }
        String keyLabel = Vocabulary.keyLabel(labels);
        String key = string(json.get("key"), "the key");
        var properties = properties(json);
        String keyProperty = Vocabulary.keyProperty(keyLabel);
        if (!key.equals(properties.get(keyProperty))) {
            throw new IllegalArgumentException("the " + keyLabel + " '" + key + "' has " + keyProperty + " "
                    + properties.get(keyProperty) + "; a node's key is its " + keyProperty);
        }
        return new Node(keyLabel, List.copyOf(labels), key, properties);
    }

    private static Relationship relationship(JsonNode json) {
        fields(json, Set.of("type", "from", "to", "properties"));
        String type = string(json.get("type"), "the type");
        if (!Vocabulary.isType(type)) {
            throw new IllegalArgumentException("the relationship type '" + type + "' is not one aigraph writes "
                    + "(known: " + Vocabulary.knownTypes() + ")");
        }
        JsonNode from = end(json, "from");
        JsonNode to = end(json, "to");
        return new Relationship(type, from.get(0).stringValue(), from.get(1).stringValue(), to.get(0).stringValue(),
                to.get(1).stringValue(), properties(json));
    }

    private static JsonNode end(JsonNode json, String field) {
        JsonNode end = array(json, field);
        if (end.size() != 2 || !end.get(0).isString() || !end.get(1).isString()
                || !Vocabulary.isKeyLabel(end.get(0).stringValue())) {
            throw new IllegalArgumentException("\"" + field + "\" is [key label, key] with a key label of "
                    + "Alias, Claim, Entity, Proposal, Source, not " + end);
        }
        return end;
    }

    private static Trailer trailer(JsonNode json) {
        fields(json, Set.of("trailer"));
        JsonNode trailer = json.get("trailer");
        if (!trailer.isObject()) {
            throw new IllegalArgumentException("\"trailer\" is an object, not " + trailer);
        }
        fields(trailer, Set.of("lines", "nodes", "relationships", "sha256"));
        if (!trailer.get("lines").canConvertToLong()) {
            throw new IllegalArgumentException("the trailer's \"lines\" is a number, not " + trailer.get("lines"));
        }
        return new Trailer(trailer.get("lines").longValue(), new GraphCounts(counts(trailer.get("nodes")),
                counts(trailer.get("relationships"))), string(trailer.get("sha256"), "the trailer's sha256"));
    }

    private static Map<String, Long> counts(JsonNode json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("the trailer's counts are an object, not " + json);
        }
        var counts = new TreeMap<String, Long>();
        for (var count : json.properties()) {
            if (!count.getValue().isIntegralNumber() || !count.getValue().canConvertToLong()) {
                throw new IllegalArgumentException("the trailer's count of " + count.getKey() + " is not a number");
            }
            counts.put(count.getKey(), count.getValue().longValue());
        }
        return counts;
    }

    private static void fields(JsonNode json, Set<String> expected) {
        var names = new TreeSet<>(json.propertyNames());
        if (!names.equals(new TreeSet<>(expected))) {
            throw new IllegalArgumentException("the line has the fields " + names + "; expected "
                    + new TreeSet<>(expected));
        }
    }

    private static JsonNode array(JsonNode json, String field) {
        JsonNode array = json.get(field);
        if (!array.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" is a list, not " + array);
        }
        return array;
    }

    private static String string(JsonNode value, String what) {
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException(what + " is a string, not " + value);
        }
        return value.stringValue();
    }

    private static Map<String, Object> properties(JsonNode json) {
        JsonNode properties = json.get("properties");
        if (!properties.isObject()) {
            throw new IllegalArgumentException("\"properties\" is an object, not " + properties);
        }
        var decoded = new LinkedHashMap<String, Object>();
        for (var property : properties.properties()) {
            try {
                decoded.put(property.getKey(), PropertyValues.decode(property.getValue()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the property '" + property.getKey() + "': " + e.getMessage());
            }
        }
        return decoded;
    }
}
