package dev.aigraph.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.aigraph.graph.Amount;
import dev.aigraph.graph.Evidence;
import dev.aigraph.graph.Fact;
import dev.aigraph.graph.FactStatus;
import dev.aigraph.graph.Mention;
import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.Quantity;
import dev.aigraph.graph.RelationType;
import dev.aigraph.graph.Source;
import dev.aigraph.ingest.InputItem.FactInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads structured facts: a JSON array of fact objects, or JSON Lines (one object per line). The fields are those of
 * a statement, in the shape of the corpus gold annotations, so gold files import as they are:
 * <pre>
 * {"subject": "Microsoft", "relation": "INVESTED_IN", "object": "OpenAI", "amount": 13000000000, "currency": "USD",
 *  "amount_qualifier": "over", "start": "2019", "source": "https://…", "sentence": "…"}
 * </pre>
 * A fact marked {@code "negated": true} (hypothetical or denied) is skipped with a warning. Annotation-only fields
 * ({@code note}, {@code evidence}, …) are ignored; any other unknown field is an error, so a typo such as
 * {@code ammount} is not silently dropped.
 */
final class FactImport {

    static final Set<String> FIELDS = new TreeSet<>(List.of("subject", "relation", "object", "amount", "currency",
            "amount_qualifier", "amountQualifier", "quantity", "unit", "start", "end", "date", "status", "hedged",
            "negated", "role", "scope", "sentence", "source", "doc", "title", "url", "lang", "language", "published",
            "confidence"));
    private static final Set<String> ANNOTATION_ONLY = Set.of("note", "evidence", "attribution", "end_inclusive",
            "end_approximate", "period_hedged", "exclusive", "anaphors");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FactImport() {
    }

    static List<InputItem> read(String json, Source defaultSource) {
        String trimmed = json.stripLeading();
        return trimmed.startsWith("[") ? readArray(json, defaultSource) : readLines(json, defaultSource);
    }

    private static List<InputItem> readArray(String json, Source defaultSource) {
        var items = new ArrayList<InputItem>();
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            int index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw new IllegalStateException("unreachable: the parser reports an unclosed array");
                }
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = parser.readValueAsTree();
                items.add(item(node, line, index++, defaultSource));
            }
        } catch (JacksonException e) {
            items.add(syntaxError(e));
        }
        return items;
    }

    private static List<InputItem> readLines(String json, Source defaultSource) {
        var items = new ArrayList<InputItem>();
        String[] lines = json.split("\\R");
        int index = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                items.add(item(JSON.readTree(lines[i]), i + 1, index++, defaultSource));
            } catch (JacksonException e) {
                var location = e.getLocation();
                items.add(new InputItem(i + 1, index++, List.of(), List.of(InputError.at(i + 1,
                        location == null ? 1 : location.getColumnNr(), "not JSON: " + e.getOriginalMessage())),
                        List.of()));
            }
        }
        return items;
    }

    private static InputItem syntaxError(JacksonException e) {
        var location = e.getLocation();
        int line = location == null ? 1 : location.getLineNr();
        return new InputItem(line, null, List.of(), List.of(InputError.at(line,
                location == null ? 1 : location.getColumnNr(), "not JSON: " + e.getOriginalMessage())), List.of());
    }

    private static InputItem item(JsonNode node, int line, int index, Source defaultSource) {
        var reader = new ItemReader(node, line, index);
        if (!(node instanceof ObjectNode)) {
            reader.error(null, "a fact must be a JSON object, not " + node.getNodeType().name().toLowerCase(Locale.ROOT));
            return reader.result(List.of());
        }
        if (node.path("negated").asBoolean(false)) {
            reader.warn("negated", "skipped: the fact is marked negated (hypothetical or denied)");
            return reader.result(List.of());
        }
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name) && !ANNOTATION_ONLY.contains(name)) {
                reader.error(name, "unknown field '" + name + "'; known fields: " + String.join(", ", FIELDS));
            }
        }
        String subject = reader.requiredText("subject");
        String object = reader.requiredText("object");
        String relationName = reader.requiredText("relation");
        RelationType relation = relationName == null ? null : RelationType.parse(relationName).orElse(null);
        if (relationName != null && relation == null) {
            reader.error("relation", "'" + relationName + "' is not a relation type; known: "
                    + List.of(RelationType.values()));
        }
        Amount amount = reader.amount();
        Quantity quantity = reader.quantity();
        PartialDate start = reader.date("start");
        PartialDate end = reader.date("end");
        PartialDate date = reader.date("date");
        FactStatus status = reader.status();
        Source source = reader.source(defaultSource);
        double confidence = node.path("confidence").asDouble(1.0);
        if (confidence <= 0 || confidence > 1) {
            reader.error("confidence", "must be greater than 0 and at most 1, not " + confidence);
        }
        if (!reader.errors.isEmpty()) {
            return reader.result(List.of());
        }
        try {
            var fact = new Fact(Mention.of(subject), relation, Mention.of(object), amount, quantity, start, end, date,
                    status, reader.hedged(), reader.text("role"), reader.text("scope"));
            String sentence = reader.text("sentence") != null ? reader.text("sentence") : JSON.writeValueAsString(node);
            var evidence = new Evidence(source, sentence, Evidence.Method.STRUCTURED_IMPORT, confidence);
            return reader.result(List.of(new FactInput(fact, evidence,
                    reason -> InputError.item(line, index, "subject", reason),
                    reason -> InputError.item(line, index, "object", reason))));
        } catch (IllegalArgumentException e) {
            reader.error("end", e.getMessage());
            return reader.result(List.of());
        }
    }

    /** Reads fields of one item, collecting every problem rather than stopping at the first. */
    private static final class ItemReader {
        private final JsonNode node;
        private final int line;
        private final int index;
        private final List<InputError> errors = new ArrayList<>();
        private final List<InputError> warnings = new ArrayList<>();

        ItemReader(JsonNode node, int line, int index) {
            this.node = node;
            this.line = line;
            this.index = index;
        }

        void error(String field, String reason) {
            errors.add(InputError.item(line, index, field, reason));
        }

        void warn(String field, String reason) {
            warnings.add(InputError.item(line, index, field, reason));
        }

        InputItem result(List<FactInput> facts) {
            return new InputItem(line, index, facts, List.copyOf(errors), List.copyOf(warnings));
        }

        String text(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString() && !value.isNumber()) {
                error(field, "must be text");
                return null;
            }
            String text = value.asString().strip();
            return text.isEmpty() ? null : text;
        }

        String requiredText(String field) {
            String text = text(field);
            if (text == null && !errors.stream().anyMatch(e -> field.equals(e.field()))) {
                error(field, "is required");
            }
            return text;
        }

        Amount amount() {
            JsonNode value = node.get("amount");
            if (value == null || value.isNull()) {
                return null;
            }
            long amount;
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                amount = value.asLong();
            } else if (value.isString() && value.asString().strip().matches("\\d+")) {
                amount = Long.parseLong(value.asString().strip());
            } else {
                error("amount", "must be a whole number in base units (13000000000 for 13 billion), not "
                        + value);
                return null;
            }
            String currency = text("currency");
            if (currency == null) {
                error("currency", "is required with an amount (ISO 4217: USD, EUR, …)");
                return null;
            }
            try {
                java.util.Currency.getInstance(currency.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error("currency", "'" + currency + "' is not an ISO 4217 currency code");
                return null;
            }
            String qualifierField = node.has("amountQualifier") ? "amountQualifier" : "amount_qualifier";
            String qualifier = text(qualifierField);
            Amount.Qualifier parsed = Amount.Qualifier.EXACT;
            if (qualifier != null) {
                try {
                    parsed = Amount.Qualifier.valueOf(qualifier.toUpperCase(Locale.ROOT).replace(' ', '_'));
                } catch (IllegalArgumentException e) {
                    error(qualifierField, "'" + qualifier + "' is not one of exact, over, about, up_to");
                    return null;
                }
            }
            return new Amount(amount, currency.toUpperCase(Locale.ROOT), parsed);
        }

        Quantity quantity() {
            JsonNode value = node.get("quantity");
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isNumber() || value.decimalValue().signum() < 0) {
                error("quantity", "must be a non-negative number, not " + value);
                return null;
            }
            String unit = text("unit");
            if (unit == null) {
                error("unit", "is required with a quantity (e.g. GW)");
                return null;
            }
            return new Quantity(new BigDecimal(value.decimalValue().toPlainString()), unit);
        }

        PartialDate date(String field) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            try {
                return PartialDate.parse(text);
            } catch (IllegalArgumentException e) {
                error(field, e.getMessage());
                return null;
            }
        }

        FactStatus status() {
            String text = text("status");
            if (text == null) {
                return null;
            }
            try {
                return FactStatus.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error("status", "'" + text + "' is not one of planned, active, ended");
                return null;
            }
        }

        // The gold files say how a fact is hedged ("naar verluidt"); any such text means hedged.
        boolean hedged() {
            JsonNode value = node.get("hedged");
            return value != null && (value.isBoolean() ? value.asBoolean() : value.isString()
                    && !value.asString().isBlank());
        }

        // "source" is an id (or URL) or an object with id, title, url, lang, published; "doc" is the gold files' id.
        Source source(Source defaultSource) {
            JsonNode source = node.get("source");
            ItemReader fields = source != null && source.isObject() ? new ItemReader(source, line, index) : this;
            String id = fields == this ? text("source") : fields.text("id");
            if (id == null) {
                id = text("doc");
            }
            if (id == null) {
                return defaultSource;
            }
            var tooLong = Source.refuseId(id);
            if (tooLong.isPresent()) {
                error("source", tooLong.get());
                return defaultSource;
            }
            String url = fields.text("url");
            if (url == null && (id.startsWith("http://") || id.startsWith("https://"))) {
                url = id;
            }
            String language = fields.text("lang") != null ? fields.text("lang") : fields.text("language");
            var read = new Source(id, fields.text("title"), url, language, fields.date("published"), null);
            if (fields != this) {
                fields.errors.forEach(e -> errors.add(InputError.item(line, index, "source." + e.field(),
                        e.reason())));
            }
            return read;
        }
    }
}
