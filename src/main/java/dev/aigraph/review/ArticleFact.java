package dev.aigraph.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.aigraph.extract.ExtractedFact;
import dev.aigraph.graph.Amount;
import dev.aigraph.graph.EntityKind;
import dev.aigraph.graph.Fact;
import dev.aigraph.graph.Mention;
import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.Quantity;
import dev.aigraph.graph.RelationType;
import org.neo4j.driver.Value;

/**
 * A fact an article states, as a proposal keeps it and as ingestion takes it: the names as the gazetteer or the
 * article gives them, the figures, the sentence and how sure extraction was. Dates are ISO text at the precision
 * written; amounts whole numbers in base units.
 *
 * @param subjectKind the kind proposed for the subject when the gazetteer does not know it; null for a known name
 * @param objectKind  likewise for the object
 * @param position    the fact's place among its document's facts, so a document's proposals list in its order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ArticleFact(String subject, String subjectId, String subjectKind, String relation, String object,
                   String objectId, String objectKind, Long amount, String currency, String amountQualifier,
                   Double quantity, String unit, String start, String end, String date, boolean hedged, String role,
                   String sentence, double confidence, String language, String pattern, int position) {

    /** An entity a fact names that the graph does not know yet, and the kind it would be created with. */
    record NewEntity(String name, String kind) {
    }

    /** The fact of an extraction; {@code proposedKinds} are the kinds of the extraction's proposed entities, by id. */
    static ArticleFact of(ExtractedFact fact, int position, Map<String, String> proposedKinds) {
        return new ArticleFact(fact.subject(), fact.subjectId(), proposedKind(fact, fact.subject(), fact.subjectId(),
                proposedKinds), fact.relation(), fact.object(), fact.objectId(), proposedKind(fact, fact.object(),
                fact.objectId(), proposedKinds), fact.amount(), fact.currency(), fact.amountQualifier(),
                fact.quantity() == null ? null : fact.quantity().doubleValue(), fact.unit(), fact.start(), fact.end(),
                fact.date(), fact.hedged(), fact.role(), fact.sentence(), fact.confidence(), fact.lang(),
                fact.pattern(), position);
    }

    private static String proposedKind(ExtractedFact fact, String name, String id, Map<String, String> kinds) {
        return fact.newEntities() != null && fact.newEntities().contains(name)
                ? kinds.getOrDefault(id, EntityKind.ORGANIZATION.label()) : null;
    }

    /** A proposal's properties as stored. */
    static ArticleFact of(Value stored) {
        return new ArticleFact(stored.get("subject").asString(), stored.get("subjectId").asString(null),
                stored.get("subjectKind").asString(null), stored.get("relation").asString(),
                stored.get("object").asString(), stored.get("objectId").asString(null),
                stored.get("objectKind").asString(null), (Long) stored.get("amount").asObject(),
                stored.get("currency").asString(null), stored.get("amountQualifier").asString(null),
                (Double) stored.get("quantity").asObject(), stored.get("unit").asString(null),
                stored.get("start").asString(null), stored.get("end").asString(null),
                stored.get("date").asString(null), stored.get("hedged").asBoolean(false),
                stored.get("role").asString(null), stored.get("sentence").asString(),
                stored.get("confidence").asDouble(), stored.get("language").asString(null),
                stored.get("pattern").asString(null), stored.get("position").asInt(0));
    }

    /** The properties a proposal stores; nulls are left out by Cypher's {@code +=}. */
    Map<String, Object> properties() {
        var properties = new HashMap<String, Object>();
        properties.put("subject", subject);
        properties.put("subjectId", subjectId);
        properties.put("subjectKind", subjectKind);
        properties.put("relation", relation);
        properties.put("object", object);
        properties.put("objectId", objectId);
        properties.put("objectKind", objectKind);
        properties.put("amount", amount);
        properties.put("currency", currency);
        properties.put("amountQualifier", amountQualifier);
        properties.put("quantity", quantity);
        properties.put("unit", unit);
        properties.put("start", start);
        properties.put("end", end);
        properties.put("date", date);
        properties.put("hedged", hedged);
        properties.put("role", role);
        properties.put("sentence", sentence);
        properties.put("confidence", confidence);
        properties.put("language", language);
        properties.put("pattern", pattern);
        properties.put("position", position);
        return properties;
    }

    /** The names the fact would add to the graph, with their kinds. */
    List<NewEntity> newEntities() {
        var names = new ArrayList<NewEntity>();
        if (subjectKind != null) {
            names.add(new NewEntity(subject, subjectKind));
        }
        if (objectKind != null) {
            names.add(new NewEntity(object, objectKind));
        }
        return names;
    }

    /**
     * The graph fact, a new name carrying the kind proposed for it.
     *
     * @throws IllegalArgumentException when the figures cannot be a fact (an end before the start, an unknown
     *                                  relation or qualifier)
     */
    Fact fact() {
        RelationType type = RelationType.parse(relation).orElseThrow(() -> new IllegalArgumentException("'"
                + relation + "' is not a relation type"));
        Amount money = amount == null ? null : new Amount(amount, currency, amountQualifier == null
                ? Amount.Qualifier.EXACT : Amount.Qualifier.valueOf(amountQualifier.toUpperCase(Locale.ROOT)));
        Quantity size = quantity == null ? null : new Quantity(BigDecimal.valueOf(quantity), unit);
        return new Fact(mention(subject, subjectKind), type, mention(object, objectKind), money, size, date(start),
                date(end), date(date), null, hedged, role, null);
    }

    private static Mention mention(String name, String kind) {
        return new Mention(name, kind == null ? null : EntityKind.parse(kind).orElse(null));
    }

    private static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }
}
