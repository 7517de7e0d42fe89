package dev.aigraph.bench;

import java.util.Iterator;
import java.util.List;

/**
 * Writes generated facts the naive way: one {@link NaiveClaims#save} per fact. It writes the claim, its entities and
 * its source, but not the direct edges aigraph derives, so it does less than aigraph and the ratio understates
 * the difference.
 */
final class NaiveWriter {

    private final NaiveClaims claims;

    NaiveWriter(NaiveClaims claims) {
        this.claims = claims;
    }

    void write(Iterator<SyntheticFact> facts) {
        while (facts.hasNext()) {
            SyntheticFact fact = facts.next();
            String edge = fact.subject().id() + ">" + fact.relation() + ">" + fact.object().id();
            claims.save(new NaiveClaims.Claim(fact.article().id() + ":" + fact.sentence(), fact.relation().name(),
                    edge, fact.sentence(), fact.amount(), fact.currency(), fact.start(), fact.end(),
                    entity(fact.subject()), entity(fact.object()), new NaiveClaims.Source(fact.article().id(),
                    fact.article().title(), fact.article().published())));
        }
    }

    private static NaiveClaims.Entity entity(SyntheticFact.Entity entity) {
        return new NaiveClaims.Entity(entity.id(), entity.name(), entity.kind().label(),
                List.of(entity.kind().label()));
    }
}
