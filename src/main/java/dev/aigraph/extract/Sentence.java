package dev.aigraph.extract;

import java.util.ArrayList;
import java.util.List;

import dev.aigraph.normalize.MoneyMention;
import dev.aigraph.normalize.QuantityMention;
import dev.aigraph.normalize.TimeMention;

/**
 * One sentence of a document with what the normaliser found in it; the figures' offsets count from the sentence's
 * start.
 *
 * @param index the sentence's place in the document, from 0
 * @param start where it starts in the document
 */
record Sentence(int index, int start, String text, List<Token> tokens, List<MoneyMention> money,
                List<QuantityMention> quantities, List<TimeMention> times) {

    /** Which tokens a sum, quantity or date covers: "480 Millionen Euro" and "Im März" are no company names. */
    boolean[] figureTokens() {
        var spans = new ArrayList<int[]>();
        money.forEach(m -> spans.add(new int[] {m.start(), m.end()}));
        quantities.forEach(q -> spans.add(new int[] {q.start(), q.end()}));
        times.forEach(t -> spans.add(new int[] {t.from(), t.to()}));
        var covered = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            int from = tokens.get(i).start() - start;
            int to = tokens.get(i).end() - start;
            covered[i] = spans.stream().anyMatch(span -> from < span[1] && to > span[0]);
        }
        return covered;
    }
}
