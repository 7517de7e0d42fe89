package dev.aigraph.backup;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * Property values between Neo4j and a backup line, type for type: strings, integers (JSON numbers without a point),
 * floats (always with a point or exponent, as Jackson writes doubles), booleans, lists of those, and the temporal
 * types aigraph stores — dates ({@code validFrom}, {@code firstReported}) and datetimes ({@code createdAt},
 * {@code proposedAt}, …) — as one-field objects {@code {"$date": "2025-01-01"}} and
 * {@code {"$datetime": "2025-11-29T15:27:21.744Z"}}, so they come back as the same type and not as strings. A Neo4j
 * property cannot be a map, so an object is never anything else.
 */
final class PropertyValues {

    private static final String DATE = "$date";
    private static final String DATETIME = "$datetime";

    private PropertyValues() {
    }

    /**
     * A node's or relationship's properties as JSON values, in name order so that equal graphs give equal files.
     *
     * @param owner names the node or relationship in the message when a value has a type backup does not keep
     */
    static Map<String, Object> encode(Map<String, Object> properties, String owner) {
        var encoded = new TreeMap<String, Object>();
        properties.forEach((name, value) -> encoded.put(name, encode(value, name, owner)));
        return encoded;
    }

    private static Object encode(Object value, String name, String owner) {
        if (value instanceof String || value instanceof Long || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Double number && Double.isFinite(number)) {
            return number;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(element -> encode(element, name, owner)).toList();
        }
        if (value instanceof LocalDate date) {
            return Map.of(DATE, date.toString());
        }
        if (value instanceof ZonedDateTime time) {
            return Map.of(DATETIME, time.toString());
        }
        throw new IllegalStateException("the property '" + name + "' of " + owner + " holds " + value + " ("
                + value.getClass().getSimpleName() + "), which a backup does not keep: it keeps strings, integers, "
                + "finite floats, booleans, dates, datetimes and lists of them, the types aigraph writes");
    }

    /**
     * The Neo4j value of a property read from a backup line.
     *
     * @throws IllegalArgumentException saying what is wrong with the value
     */
    static Object decode(JsonNode value) {
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            if (!value.canConvertToLong()) {
                throw new IllegalArgumentException(value + " is beyond Neo4j's 64-bit integers");
            }
            return value.longValue();
        }
        if (value.isFloatingPointNumber()) {
            return value.doubleValue();
        }
        if (value.isArray()) {
            return list(value);
        }
        if (value.isObject() && value.size() == 1 && value.properties().iterator().next().getValue().isString()) {
            var tagged = value.properties().iterator().next();
            try {
                switch (tagged.getKey()) {
                    case DATE:
                        return LocalDate.parse(tagged.getValue().stringValue());
                    case DATETIME:
                        return ZonedDateTime.parse(tagged.getValue().stringValue());
                    default:
                        break;
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(tagged.getKey() + " " + tagged.getValue() + " is not a "
                        + tagged.getKey().substring(1) + ": " + e.getMessage());
            }
        }
        throw new IllegalArgumentException(value + " is not a property value (a string, number, boolean, list, "
                + "{\"" + DATE + "\": …} or {\"" + DATETIME + "\": …})");
    }

    // Neo4j lists hold one type and no lists; a list it would refuse is refused here, before anything is written.
    private static List<Object> list(JsonNode array) {
        var list = new ArrayList<Object>(array.size());
        for (JsonNode element : array) {
            if (element.isArray()) {
                throw new IllegalArgumentException("a list inside a list is not a property value");
            }
            Object decoded = decode(element);
            if (!list.isEmpty() && list.get(0).getClass() != decoded.getClass()) {
                throw new IllegalArgumentException("a list mixes " + list.get(0).getClass().getSimpleName()
                        + " and " + decoded.getClass().getSimpleName() + " values");
            }
            list.add(decoded);
        }
        return list;
    }
}
