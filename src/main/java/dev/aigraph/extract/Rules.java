package dev.aigraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.aigraph.graph.EntityKind;
import dev.aigraph.graph.RelationType;
import dev.aigraph.normalize.Language;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The words and relation patterns of one language, read from {@code extract/rules/<code>.yaml}: everything that differs
 * between languages is data there (see en.yaml for what each section means), so a linguist extends a language without
 * touching code. Phrases are cut into tokens the way article text is, so "co-founder" and "Cloud-Umsätze" match the
 * tokens a sentence holds.
 */
final class Rules {

    /** In a pattern's subject or object markers: the argument stands with no marking word (a clause's subject). */
    static final String NONE = "none";

    private static final Map<Language, Rules> BUNDLED = new EnumMap<>(Language.class);

    final Language language;
    final List<RelationPattern> relations;
    final Words determiners;
    final Words markers;
    final Words coordinators;
    final Words examples;
    final Words possessives;
    final Words relativePronouns;
    final Words hedges;
    final Words negations;
    final Words hypotheticals;
    final Words negationExceptions;
    final Words ownedBy;
    final Words companyWords;
    /** Per place (canonical gazetteer name), the adjectives that say something is from there. */
    final Map<String, Words> nationalities;
    final List<Title> titles;
    final Words organizationAnaphors;
    final Words projectAnaphors;
    final Words pairAnaphors;
    final Words dealAnaphors;
    final Words passiveAuxiliaries;
    final List<String> agents;
    final Words passiveWithoutAgent;
    /** Words ending in a full stop after which a sentence does not end, lower case ("z.", "bzw.", "inc."). */
    final Set<String> abbreviations;
    /** Words that show a number before them was an ordinal, not a sentence's end ("3. März"). */
    final Set<String> ordinalFollowers;
    /** Phrases a role-marking word looks past ("unter anderem", "among others"). */
    final Words fillers;
    /** Pronouns that stand for the organisation just named ("it acquired Lambda"). */
    final Words subjectPronouns;
    /** Words that say where something is from: "aus San Francisco", "uit Peking". */
    final Words origins;
    /** A relative pronoun directly before a name opens an object relative clause ("which Amodei co-founded"). */
    final boolean objectRelatives;
    /** The subject stands before the verb, so a clause without a name before its verb has its subject elsewhere. */
    final boolean subjectBeforeVerb;
    /** The ending that makes a place an adjective ("Berliner"), or null. */
    final String placeAdjectiveEnding;
    /** Words a place is joined to by a hyphen to say where something is: "London-based". */
    final Words placeCompounds;
    final Words definiteArticles;
    /** Nouns that, after a definite article, point back to an organisation ("the San Francisco company"). */
    final Words companyNouns;
    /** "whose", "dessen": the owner is the name the relative clause hangs on. */
    final Words relativePossessives;
    /** "own", "eigen": the owner is the sentence's subject. */
    final Words ownPossessives;
    /** A clause opening with one of these asks rather than states: "of", "ob", "whether". */
    final Words questionOpeners;
    /** "GPT-5 in Copilot": the word between a model and the product that uses it. */
    final Words usedIn;
    /** Goods whose maker supplies whoever uses them: "NVIDIA-chips". */
    final Words suppliedGoods;
    /** What a cloud's name stands before when whoever uses it runs on the cloud: "Azure-datacenters". */
    final Words cloudGoods;
    final Words indefiniteArticles;
    /** After a possessive name these make the name itself an argument: "testing Anthropic's models". */
    final Words modelNouns;
    /** "laat draaien", "lässt laufen": the unmarked name after the subject is who does it. */
    final Words causatives;

    /** The file's shape. */
    record File(List<PatternRow> relations, List<String> determiners, List<String> markers,
                List<String> coordinators, List<String> examples, List<String> possessives,
                List<String> relativePronouns, List<String> hedges, List<String> negations,
                List<String> hypotheticals, List<String> negationExceptions, List<String> ownedBy,
                List<String> companyWords, Map<String, List<String>> nationalities,
                Map<String, TitleRow> titles, Map<String, List<String>> anaphors, PassiveRow passive,
                List<String> abbreviations, List<String> ordinalFollowers, List<String> fillers,
                List<String> subjectPronouns, List<String> origins, Boolean objectRelatives,
                Boolean subjectBeforeVerb, String placeAdjectiveEnding, List<String> placeCompounds,
                List<String> definiteArticles, List<String> companyNouns, List<String> relativePossessives,
                List<String> ownPossessives, List<String> questionOpeners, List<String> usedIn,
                List<String> suppliedGoods, List<String> cloudGoods, List<String> indefiniteArticles,
                List<String> modelNouns, List<String> causatives) {
    }

    record PassiveRow(List<String> auxiliaries, List<String> agents, List<String> withoutAgent) {
    }

    record PatternRow(String relation, String name, List<String> triggers, List<String> subject, List<String> object,
                      List<String> subjectKinds, List<String> objectKinds, Boolean pair, Boolean allSubjects,
                      Boolean contextObject, Boolean inverse, List<Map<String, String>> role, String point,
                      Double confidence) {
    }

    record TitleRow(String relation, List<String> words) {
    }

    /**
     * One way of saying a relation.
     *
     * @param subjectMarkers the words that may mark the subject; {@link #NONE} for no marker
     * @param subjectKinds   the kinds the subject may be: the relation's, or fewer where the pattern says
     * @param objectKinds    the kinds the object may be
     * @param allSubjects    every subject candidate takes part ("an initiative of A with B and C": all members)
     * @param contextObject  without an object in the sentence, the other party of the last two-party fact is meant
     *                       ("In exchange, Microsoft secured a right of first refusal")
     * @param inverse        the sentence's subject is the relation's object ("X rents capacity to Y": Y buys from X)
     * @param roles          trigger words that also say the person's role ("co-founder")
     * @param pointIsStart   a single date in the clause is the relation's start rather than its report date
     */
    record RelationPattern(RelationType relation, String name, Words triggers, List<String> subjectMarkers,
                           List<String> objectMarkers, List<EntityKind> subjectKinds, List<EntityKind> objectKinds,
                           boolean pair, boolean allSubjects, boolean contextObject, boolean inverse,
                           Map<String, String> roles,
                           boolean pointIsStart, double confidence) {

        String describe() {
            return relation + (name == null ? "" : " (" + name + ")");
        }
    }

    /** A job title and the relation it states between a person and what the person heads or works for. */
    record Title(String role, RelationType relation, Words words) {
    }

    private Rules(Language language, File file, String location) {
        this.language = language;
        this.relations = new ArrayList<>();
        for (int i = 0; i < orEmpty(file.relations()).size(); i++) {
            relations.add(pattern(file.relations().get(i), location + ": relations[" + i + "]"));
        }
        determiners = words(file.determiners());
        markers = words(file.markers());
        coordinators = words(file.coordinators());
        examples = words(file.examples());
        possessives = words(file.possessives());
        relativePronouns = words(file.relativePronouns());
        hedges = words(file.hedges());
        negations = words(file.negations());
        hypotheticals = words(file.hypotheticals());
        negationExceptions = words(file.negationExceptions());
        ownedBy = words(file.ownedBy());
        companyWords = words(file.companyWords());
        nationalities = new LinkedHashMap<>();
        if (file.nationalities() != null) {
            file.nationalities().forEach((place, adjectives) -> nationalities.put(place, words(adjectives)));
        }
        titles = new ArrayList<>();
        if (file.titles() != null) {
            file.titles().forEach((role, row) -> titles.add(new Title(role, relation(row.relation(),
                    location + ": titles." + role), words(row.words()))));
        }
        var anaphors = file.anaphors() == null ? Map.<String, List<String>>of() : file.anaphors();
        organizationAnaphors = words(anaphors.get("organization"));
        projectAnaphors = words(anaphors.get("project"));
        pairAnaphors = words(anaphors.get("pair"));
        dealAnaphors = words(anaphors.get("deal"));
        var passive = file.passive() == null ? new PassiveRow(null, null, null) : file.passive();
        passiveAuxiliaries = words(passive.auxiliaries());
        agents = lower(passive.agents());
        passiveWithoutAgent = words(passive.withoutAgent());
        abbreviations = Set.copyOf(lower(file.abbreviations()));
        ordinalFollowers = Set.copyOf(lower(file.ordinalFollowers()));
        fillers = words(file.fillers());
        subjectPronouns = words(file.subjectPronouns());
        origins = words(file.origins());
        objectRelatives = Boolean.TRUE.equals(file.objectRelatives());
        subjectBeforeVerb = Boolean.TRUE.equals(file.subjectBeforeVerb());
        placeAdjectiveEnding = file.placeAdjectiveEnding();
        placeCompounds = words(file.placeCompounds());
        definiteArticles = words(file.definiteArticles());
        companyNouns = words(file.companyNouns());
        relativePossessives = words(file.relativePossessives());
        ownPossessives = words(file.ownPossessives());
        questionOpeners = words(file.questionOpeners());
        usedIn = words(file.usedIn());
        suppliedGoods = words(file.suppliedGoods());
        cloudGoods = words(file.cloudGoods());
        indefiniteArticles = words(file.indefiniteArticles());
        modelNouns = words(file.modelNouns());
        causatives = words(file.causatives());
    }

    /**
     * Whether a clause has an auxiliary that makes it passive even without an agent ("wurde entwickelt"); not when
     * an article follows it, which makes it a copula ("has been an investor", "werd een concurrent").
     */
    boolean passiveWithoutAgentIn(List<Token> tokens, int[] range) {
        return auxiliaryIn(passiveWithoutAgent, tokens, range);
    }

    /** Whether a clause has a passive auxiliary, not used as a copula. */
    boolean passiveAuxiliaryIn(List<Token> tokens, int[] range) {
        return auxiliaryIn(passiveAuxiliaries, tokens, range);
    }

    private boolean auxiliaryIn(Words auxiliaries, List<Token> tokens, int[] range) {
        for (int i = range[0]; i < range[1]; i++) {
            int length = auxiliaries.matchAt(tokens, i);
            boolean copula = length > 0 && i + length < tokens.size()
                    && (determiners.contains(tokens.get(i + length)) || indefiniteArticles.contains(tokens.get(i + length)));
            if (length > 0 && !copula) {
                return true;
            }
        }
        return false;
    }

    /** The bundled rules of a language, read once. */
    static synchronized Rules of(Language language) {
        return BUNDLED.computeIfAbsent(language, Rules::readBundled);
    }

    private static Rules readBundled(Language language) {
        String location = "extract/rules/" + language.code() + ".yaml";
        try (InputStream in = Rules.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException(location + " is missing from the classpath");
            }
            return read(language, in, location);
        } catch (IOException e) {
            throw new UncheckedIOException(location + ": cannot be read", e);
        }
    }

    /**
     * Reads a rules file.
     *
     * @throws IllegalArgumentException naming the file and the entry when it is malformed
     */
    static Rules read(Language language, InputStream yaml, String location) {
        File file;
        try {
            file = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(yaml, File.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(location + ": not a rules file: " + e.getOriginalMessage(), e);
        }
        return new Rules(language, file, location);
    }

    private RelationPattern pattern(PatternRow row, String where) {
        var relation = relation(row.relation(), where);
        if (row.triggers() == null || row.triggers().isEmpty()) {
            throw new IllegalArgumentException(where + " (" + relation + ") has no triggers");
        }
        boolean pair = Boolean.TRUE.equals(row.pair());
        if (!pair && (row.subject() == null || row.object() == null)) {
            throw new IllegalArgumentException(where + " (" + relation + ") needs subject and object markers, "
                    + "or pair: true");
        }
        var roles = new LinkedHashMap<String, String>();
        orEmpty(row.role()).forEach(roles::putAll);
        if (row.point() != null && !List.of("date", "start").contains(row.point())) {
            throw new IllegalArgumentException(where + ": point must be 'date' or 'start', not '" + row.point() + "'");
        }
        double confidence = row.confidence() == null ? 0.85 : row.confidence();
        if (confidence <= 0 || confidence > 1) {
            throw new IllegalArgumentException(where + ": confidence must be above 0 and at most 1");
        }
        var rolesByToken = new LinkedHashMap<String, String>();
        roles.forEach((word, role) -> rolesByToken.put(word.toLowerCase(Locale.ROOT), role));
        return new RelationPattern(relation, row.name(), words(row.triggers()), lower(row.subject()),
                lower(row.object()), kinds(row.subjectKinds(), relation.subjectKinds(), where + ".subjectKinds"),
                kinds(row.objectKinds(), relation.objectKinds(), where + ".objectKinds"), pair,
                Boolean.TRUE.equals(row.allSubjects()), Boolean.TRUE.equals(row.contextObject()),
                Boolean.TRUE.equals(row.inverse()), rolesByToken,
                "start".equals(row.point()), confidence);
    }

    /** The kinds a pattern narrows a role to; each must be one the relation admits. */
    private static List<EntityKind> kinds(List<String> names, List<EntityKind> admitted, String where) {
        if (names == null) {
            return admitted;
        }
        var kinds = new ArrayList<EntityKind>();
        for (String name : names) {
            var kind = EntityKind.parse(name).filter(admitted::contains).orElseThrow(() -> new IllegalArgumentException(
                    where + ": '" + name + "' is not one of " + admitted.stream().map(EntityKind::label).toList()));
            kinds.add(kind);
        }
        return List.copyOf(kinds);
    }

    private static RelationType relation(String name, String where) {
        if (name == null) {
            throw new IllegalArgumentException(where + " names no relation");
        }
        return RelationType.parse(name).orElseThrow(() -> new IllegalArgumentException(where + ": '" + name
                + "' is not a relation type; use one of " + List.of(RelationType.values())));
    }

    private Words words(List<String> phrases) {
        return Words.of(orEmpty(phrases), language);
    }

    private static List<String> lower(List<String> words) {
        return words == null ? List.of() : words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
