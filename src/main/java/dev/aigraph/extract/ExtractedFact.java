package dev.aigraph.extract;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One fact an article states, in the shape {@code aigraph extract} prints and evaluation reads (one JSON object per
 * line; keep it stable). Names are canonical gazetteer names; a name the gazetteer does not know is written as the
 * article wrote it and listed in {@code new_entities}.
 *
 * @param doc             the document's name (the file name for files)
 * @param lang            the document's language
 * @param sentence        the sentence that states the fact, verbatim
 * @param amount          money in base units of {@code currency} (13 billion dollars is 13000000000)
 * @param amountQualifier over, about or up_to when the article hedged the figure
 * @param start           start of the relation at the precision stated (2019, 2024-03)
 * @param end             its end
 * @param endInclusive    the end is included ("tot en met 2030")
 * @param endApproximate  the end is approximate ("tot grofweg 2032")
 * @param date            when the deal was reported or made, as the article dates it
 * @param hedged          the article reports the fact second-hand ("reportedly", "naar verluidt")
 * @param periodHedged    only the period is reported second-hand
 * @param confidence      how sure extraction is, 0..1
 * @param review          below the confidence threshold or naming an unknown entity: a proposal for review, not an
 *                        edge
 * @param newEntities     names in the fact the gazetteer does not know, proposed as new organisations
 * @param pattern         the pattern or construction that found it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractedFact(String doc, String lang, String sentence, String subject,
                            @JsonProperty("subject_id") String subjectId, String relation, String object,
                            @JsonProperty("object_id") String objectId, Long amount, String currency,
                            @JsonProperty("amount_qualifier") String amountQualifier, BigDecimal quantity, String unit,
                            String start, String end, @JsonProperty("end_inclusive") Boolean endInclusive,
                            @JsonProperty("end_approximate") Boolean endApproximate, String date, boolean hedged,
                            @JsonProperty("period_hedged") Boolean periodHedged, String role, double confidence,
                            boolean review,
                            @JsonProperty("new_entities") @JsonInclude(JsonInclude.Include.NON_EMPTY)
                            List<String> newEntities,
                            String pattern) {
}
