package dev.aigraph.graph;

import java.util.Objects;

/**
 * One relationship a source states, with what the source says about it. Statements, structured imports and article
 * extraction all produce facts; the ingestion service turns them into edges and claims.
 *
 * @param amount   money involved, when stated
 * @param quantity a non-monetary size (capacity in GW), when stated
 * @param start    when the relation starts or started, at the precision given
 * @param end      when it ends or ended
 * @param date     when the deal was announced or reported
 * @param status   planned, active or ended, when the source says
 * @param hedged   the source reports it second-hand ("reportedly")
 * @param role     a person's role, for WORKS_FOR and LEADS
 * @param scope    what the relation covers when one pair can have several of a type: exclusive rights to "models"
 *                 and to "cloud hosting" are two edges
 */
public record Fact(
        Mention subject,
        RelationType relation,
        Mention object,
        Amount amount,
        Quantity quantity,
        PartialDate start,
        PartialDate end,
        PartialDate date,
        FactStatus status,
        boolean hedged,
        String role,
        String scope) {

    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        if (start != null && end != null && end.lastDay().isBefore(start.firstDay())) {
            throw new IllegalArgumentException("the end (" + end + ") is before the start (" + start + ")");
        }
    }

    /** A bare fact: subject, relation, object and nothing else known. */
    public static Fact of(String subject, RelationType relation, String object) {
        return new Fact(Mention.of(subject), relation, Mention.of(object), null, null, null, null, null, null, false,
                null, null);
    }
}
