package dev.aigraph.bench;

import dev.aigraph.graph.EntityKind;
import dev.aigraph.graph.RelationType;

/**
 * One generated fact, as an article would state it: two entities, the relation, the figures and the article.
 *
 * @param amount   base units of {@code currency}, or null
 * @param start    a year, or null
 * @param end      a year, or null
 * @param sentence the sentence the article states it in
 */
record SyntheticFact(Entity subject, RelationType relation, Entity object, Long amount, String currency,
                     String start, String end, Article article, String sentence) {

    /** A generated entity: its id is the one aigraph derives from the name (the name's slug). */
    record Entity(String id, String name, EntityKind kind) {
    }

    /** The article a fact comes from; several facts share one. */
    record Article(String id, String title, String published) {
    }

    /** The same fact reported again by another article: one more claim of the same edge. */
    SyntheticFact reportedIn(Article other) {
        return new SyntheticFact(subject, relation, object, amount, currency, start, end, other, sentence);
    }
}
