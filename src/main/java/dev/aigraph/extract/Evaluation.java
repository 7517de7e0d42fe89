package dev.aigraph.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import dev.aigraph.graph.RelationType;
import dev.aigraph.resolve.Gazetteer;
import dev.aigraph.resolve.NameKey;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores extracted facts against gold annotations (the corpus format: one JSON object per line with {@code doc},
 * {@code subject}, {@code relation}, {@code object} and optional figures). A fact matches on document, subject,
 * relation and object after names are folded to one key; PARTNERS_WITH and COMPETES_WITH match either way round;
 * a fact stated twice in a document counts once. Gold facts marked {@code negated} must not be extracted: they are
 * left out of the gold set, so extracting one is a false positive. Figures are scored apart, on matched facts: an
 * amount is right within 0.5 %, dates and periods when equal at the precision given.
 */
public final class Evaluation {

    private final Map<String, Fact> gold = new LinkedHashMap<>();
    private final Map<String, Fact> found = new LinkedHashMap<>();

    /** A fact as scored: its key, and the figures compared on a match. */
    record Fact(String doc, String subject, String relation, String object, String sentence, BigDecimal amount,
                String currency, String start, String end, String date) {
    }

    /**
     * @param fold turns a name into the key it is compared by (canonical entity id, say)
     */
    private Evaluation(List<Fact> gold, List<Fact> found, UnaryOperator<String> fold) {
        gold.forEach(f -> this.gold.putIfAbsent(key(f, fold), f));
        found.forEach(f -> this.found.putIfAbsent(key(f, fold), f));
    }

    /**
     * Scores extracted facts against gold lines.
     *
     * @throws IllegalArgumentException naming the line when a gold line is not a JSON fact
     */
    public static Evaluation of(String goldJsonLines, List<ExtractedFact> extracted, UnaryOperator<String> fold) {
        var json = JsonMapper.builder().build();
        var gold = new ArrayList<Fact>();
        String[] lines = goldJsonLines.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(lines[i]);
            } catch (JacksonException e) {
                throw new IllegalArgumentException("gold line " + (i + 1) + ": not JSON: " + e.getOriginalMessage(), e);
            }
            for (String field : List.of("doc", "subject", "relation", "object")) {
                if (!node.hasNonNull(field)) {
                    throw new IllegalArgumentException("gold line " + (i + 1) + ": no '" + field + "'");
                }
            }
            if (node.path("negated").asBoolean(false)) {
                continue;
            }
            gold.add(new Fact(node.get("doc").asString(), node.get("subject").asString(),
                    node.get("relation").asString(), node.get("object").asString(), text(node, "sentence"),
                    node.hasNonNull("amount") ? node.get("amount").decimalValue() : null, text(node, "currency"),
                    text(node, "start"), text(node, "end"), text(node, "date")));
        }
        var asserted = extracted.stream().filter(f -> !f.review()).map(f -> new Fact(f.doc(), f.subject(),
                f.relation(), f.object(), f.sentence(), f.amount() == null ? null : BigDecimal.valueOf(f.amount()),
                f.currency(), f.start(), f.end(), f.date())).toList();
        return new Evaluation(gold, asserted, fold);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }

    private static String key(Fact fact, UnaryOperator<String> fold) {
        String subject = fold.apply(fact.subject());
        String object = fold.apply(fact.object());
        boolean symmetric = RelationType.parse(fact.relation()).map(RelationType::symmetric).orElse(false);
        if (symmetric && subject.compareTo(object) > 0) {
            String swap = subject;
            subject = object;
            object = swap;
        }
        return fact.doc() + "|" + subject + "|" + fact.relation() + "|" + object;
    }

    /** Precision, recall and F1 of one relation type or of all. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    public Score overall() {
        return score(null);
    }

    /** Per relation type, in name order. */
    public Map<String, Score> byRelation() {
        var relations = new LinkedHashSet<String>();
        gold.values().forEach(f -> relations.add(f.relation()));
        found.values().forEach(f -> relations.add(f.relation()));
        var scores = new TreeMap<String, Score>();
        relations.forEach(relation -> scores.put(relation, score(relation)));
        return scores;
    }

    private Score score(String relation) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (var entry : found.entrySet()) {
            if (relation == null || entry.getValue().relation().equals(relation)) {
                if (gold.containsKey(entry.getKey())) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        for (var entry : gold.entrySet()) {
            if ((relation == null || entry.getValue().relation().equals(relation)) && !found.containsKey(entry.getKey())) {
                fn++;
            }
        }
        return new Score(tp, fp, fn);
    }

    /** Of the matched facts whose gold states a figure, how many extracted it right. */
    public record Attributes(int amountsRight, int amounts, int startsRight, int starts, int endsRight, int ends,
                             int datesRight, int dates) {
    }

    public Attributes attributes() {
        int amountsRight = 0;
        int amounts = 0;
        int startsRight = 0;
        int starts = 0;
        int endsRight = 0;
        int ends = 0;
        int datesRight = 0;
        int dates = 0;
        for (var entry : gold.entrySet()) {
            Fact expected = entry.getValue();
            Fact actual = found.get(entry.getKey());
            if (actual == null) {
                continue;
            }
            if (expected.amount() != null) {
                amounts++;
                amountsRight += sameAmount(expected, actual) ? 1 : 0;
            }
            if (expected.start() != null) {
                starts++;
                startsRight += expected.start().equals(actual.start()) ? 1 : 0;
            }
            if (expected.end() != null) {
                ends++;
                endsRight += expected.end().equals(actual.end()) ? 1 : 0;
            }
            if (expected.date() != null) {
                dates++;
                datesRight += expected.date().equals(actual.date()) ? 1 : 0;
            }
        }
        return new Attributes(amountsRight, amounts, startsRight, starts, endsRight, ends, datesRight, dates);
    }

    private static boolean sameAmount(Fact expected, Fact actual) {
        if (actual.amount() == null || !java.util.Objects.equals(expected.currency(), actual.currency())) {
            return false;
        }
        BigDecimal difference = expected.amount().subtract(actual.amount()).abs();
        return difference.compareTo(expected.amount().abs().multiply(new BigDecimal("0.005"))) <= 0;
    }

    /** For each matched fact whose figures differ from the gold: what the gold says and what was extracted. */
    public List<String> wrongFigures() {
        var wrong = new ArrayList<String>();
        for (var entry : gold.entrySet()) {
            Fact expected = entry.getValue();
            Fact actual = found.get(entry.getKey());
            if (actual == null) {
                continue;
            }
            var differences = new ArrayList<String>();
            if (expected.amount() != null && !sameAmount(expected, actual)) {
                differences.add("amount " + expected.amount() + " " + expected.currency() + " but " + actual.amount()
                        + " " + actual.currency());
            }
            compare(differences, "start", expected.start(), actual.start());
            compare(differences, "end", expected.end(), actual.end());
            compare(differences, "date", expected.date(), actual.date());
            if (!differences.isEmpty()) {
                wrong.add(expected.doc() + "  " + expected.subject() + " " + expected.relation() + " "
                        + expected.object() + ": " + String.join("; ", differences));
            }
        }
        return wrong;
    }

    private static void compare(List<String> differences, String name, String expected, String actual) {
        if (expected != null && !expected.equals(actual)) {
            differences.add(name + " " + expected + " but " + actual);
        }
    }

    /** Gold facts not extracted. */
    public List<Fact> misses() {
        return gold.entrySet().stream().filter(e -> !found.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** Extracted facts not in the gold. */
    public List<Fact> falsePositives() {
        return found.entrySet().stream().filter(e -> !gold.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** The table, the figures, and every miss and false positive with its sentence. */
    public void print(PrintWriter out) {
        out.printf("%-28s %5s %5s %5s %9s %7s %5s%n", "relation", "tp", "fp", "fn", "precision", "recall", "f1");
        byRelation().forEach((relation, score) -> row(out, relation, score));
        row(out, "overall", overall());
        Attributes a = attributes();
        out.printf("%nfigures on matched facts: amounts %d/%d exact, starts %d/%d, ends %d/%d, dates %d/%d%n",
                a.amountsRight(), a.amounts(), a.startsRight(), a.starts(), a.endsRight(), a.ends(),
                a.datesRight(), a.dates());
        var wrong = wrongFigures();
        out.printf("%nfigures wrong on matched facts (%d):%n", wrong.size());
        wrong.forEach(line -> out.printf("  %s%n", line));
        out.printf("%nmisses (%d):%n", misses().size());
        misses().forEach(f -> out.printf("  %s  %s %s %s%n      %s%n", f.doc(), f.subject(), f.relation(), f.object(),
                abbreviate(f.sentence())));
        out.printf("%nfalse positives (%d):%n", falsePositives().size());
        falsePositives().forEach(f -> out.printf("  %s  %s %s %s%n      %s%n", f.doc(), f.subject(), f.relation(),
                f.object(), abbreviate(f.sentence())));
        out.flush();
    }

    private static void row(PrintWriter out, String name, Score score) {
        out.printf("%-28s %5d %5d %5d %9.2f %7.2f %5.2f%n", name, score.truePositives(), score.falsePositives(),
                score.falseNegatives(), score.precision(), score.recall(), score.f1());
    }

    private static String abbreviate(String sentence) {
        if (sentence == null) {
            return "";
        }
        return sentence.length() <= 160 ? sentence : sentence.substring(0, 157) + "...";
    }

    /**
     * Extracts every article a gold file names from {@code articles} and scores the facts. Gold names fold to the
     * gazetteer's ids, through the entities file's aliases (corpus format, optional) where the gazetteer lacks one.
     *
     * @throws IllegalArgumentException when the gold names an article the folder does not have
     */
    public static Evaluation ofArticles(ArticleExtractor extractor, Gazetteer gazetteer, Path gold, Path articles,
                                        Path entities) throws IOException {
        String goldText = Files.readString(gold, StandardCharsets.UTF_8);
        var facts = new ArrayList<ExtractedFact>();
        for (String doc : documents(goldText)) {
            Path file = articles.resolve(doc);
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("the gold names " + doc + ", which is not in " + articles);
            }
            facts.addAll(extractor.extract(Document.ofFile(doc, Files.readString(file, StandardCharsets.UTF_8),
                    null, null)).facts());
        }
        Map<String, String> aliases = entities != null && Files.isReadable(entities)
                ? aliases(Files.readString(entities, StandardCharsets.UTF_8)) : Map.of();
        return of(goldText, facts, name -> {
            var found = gazetteer.named(aliases.getOrDefault(NameKey.of(name), name));
            return found.size() == 1 ? found.get(0).id() : NameKey.of(name);
        });
    }

    /** Alias (folded) to canonical name, from an entities file: {@code {"entities": [{"name", "aliases": []}]}}. */
    private static Map<String, String> aliases(String entitiesJson) {
        var aliases = new HashMap<String, String>();
        for (JsonNode entity : JsonMapper.builder().build().readTree(entitiesJson).path("entities")) {
            String name = entity.path("name").asString();
            for (JsonNode alias : entity.path("aliases")) {
                aliases.putIfAbsent(NameKey.of(alias.asString()), name);
            }
        }
        return aliases;
    }

    /** The documents the gold names, in order: what an evaluation has to extract. */
    public static Set<String> documents(String goldJsonLines) {
        var json = JsonMapper.builder().build();
        var docs = new LinkedHashSet<String>();
        for (String line : goldJsonLines.split("\\R")) {
            if (!line.isBlank()) {
                docs.add(json.readTree(line).path("doc").asString());
            }
        }
        return docs;
    }
}
