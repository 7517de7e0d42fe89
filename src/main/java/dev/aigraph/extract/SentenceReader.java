package dev.aigraph.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.aigraph.extract.Clauses.Antecedent;
import dev.aigraph.extract.Clauses.Group;
import dev.aigraph.extract.Mention.Entity;
import dev.aigraph.extract.Mention.Via;
import dev.aigraph.extract.Rules.RelationPattern;
import dev.aigraph.graph.EntityKind;
import dev.aigraph.graph.RelationType;
import dev.aigraph.normalize.MoneyMention;
import dev.aigraph.normalize.QuantityMention;
import dev.aigraph.normalize.TimeMention;

/**
 * Reads the facts of one sentence. Every relation pattern whose trigger stands in a clause picks its subject and
 * object among the clause's arguments by their role-marking words (see en.yaml), in active or passive voice; then the
 * constructions that need no verb are read ({@link Constructions}). A clause that denies or only supposes something
 * gives no fact; one that reports it second-hand gives a hedged fact. Money, quantities and dates in the clause become
 * the fact's figures and period.
 */
final class SentenceReader {

    /** Relations whose facts can carry a sum of money or a quantity stated in the same clause. */
    private static final Set<RelationType> WITH_FIGURES = EnumSet.of(RelationType.INVESTED_IN, RelationType.ACQUIRED,
            RelationType.BUYS_COMPUTE_FROM, RelationType.SUPPLIES, RelationType.PARTNERS_WITH, RelationType.LICENSES,
            RelationType.RUNS_ON);
    /** How many words may stand between the words of a trigger phrase ("nam de start-up over"). */
    private static final int TRIGGER_GAP = 4;
    /** How far from its trigger an object may stand before the match costs confidence. */
    private static final int NEAR = 8;

    private final Rules rules;
    private final List<Token> tokens;
    private final int index;
    private final Discourse discourse;
    private final Clauses clauses;
    private final Constructions constructions;
    private final List<Figure<MoneyMention>> money;
    private final List<Figure<QuantityMention>> quantities;
    private final List<Figure<TimeMention>> times;
    private final Map<String, Candidate> found = new LinkedHashMap<>();

    /** A money, quantity or time mention and the token it starts at. */
    private record Figure<T>(T mention, int token) {
    }

    private enum Voice {
        ACTIVE, PASSIVE
    }

    /**
     * @param places finds a place's entity by its canonical name, for nationality adjectives
     */
    SentenceReader(Rules rules, Sentence sentence, List<Mention> mentions, Discourse discourse,
                   Function<String, Entity> places) {
        this.rules = rules;
        this.tokens = sentence.tokens();
        this.index = sentence.index();
        this.discourse = discourse;
        this.clauses = new Clauses(rules, tokens, mentions);
        this.constructions = new Constructions(rules, tokens, mentions, clauses, places, sentence.index(), this::add);
        this.money = figures(sentence, sentence.money(), MoneyMention::start);
        this.quantities = figures(sentence, sentence.quantities(), QuantityMention::start);
        this.times = figures(sentence, periods(sentence.times()), TimeMention::from);
    }

    /**
     * What the sentence says.
     *
     * @param subject      the organisation it is about, for "the company" later
     * @param pointsToDeal it speaks of "the deal" without naming parties
     * @param period       the first period it states
     */
    record Reading(List<Candidate> facts, Entity subject, boolean pointsToDeal, TimeMention period, boolean hedged) {
    }

    Reading read() {
        boolean question = !tokens.isEmpty() && tokens.get(tokens.size() - 1).is("?");
        if (!question) {
            for (int clause = 0; clause < clauses.count(); clause++) {
                for (RelationPattern pattern : rules.relations) {
                    applyPattern(pattern, clause);
                }
            }
            constructions.read();
        }
        // What the sentence is about: its first unmarked organisation, else the first it names at all ("De chatbot
        // Le Chat van Mistral ... draait op Google Cloud" is about Mistral, for a following "het bedrijf").
        Entity subject = clauses.groups().stream()
                .filter(g -> g.marker() == null && g.head().kind() == EntityKind.ORGANIZATION)
                .map(g -> g.head().entity()).findFirst()
                .orElseGet(() -> clauses.groups().stream().flatMap(g -> g.members().stream())
                        .filter(m -> m.kind() == EntityKind.ORGANIZATION).map(Mention::entity).findFirst()
                        .orElse(null));
        boolean pointsToDeal = rules.dealAnaphors.find(tokens, 0, tokens.size()) >= 0;
        TimeMention period = times.stream().map(Figure::mention).filter(t -> t.kind() != TimeMention.Kind.POINT)
                .findFirst().orElse(null);
        return new Reading(question ? List.of() : List.copyOf(found.values()), subject, pointsToDeal && !question,
                period, clauses.hedged(new int[] {0, tokens.size()}));
    }

    // --- relation patterns ------------------------------------------------------------------------------------

    private void applyPattern(RelationPattern pattern, int clause) {
        int[] range = clauses.range(clause);
        int trigger = findTrigger(pattern.triggers(), range);
        if (trigger < 0 || clauses.denied(range)) {
            return;
        }
        if (pattern.pair()) {
            applyPair(pattern, clause, trigger);
            return;
        }
        var arguments = new ArrayList<>(clauses.in(clause));
        Antecedent antecedent = clauses.antecedent(clause);
        Group described = null;
        if (antecedent != null && antecedent.kind() == Antecedent.Kind.SUBJECT_RELATIVE) {
            arguments.add(0, antecedent.group());
        } else if (antecedent != null) {
            described = antecedent.group();     // "Stargate, an initiative of ...", "Anthropic, which Amodei founded"
        }
        Voice voice = voice(range, arguments, pattern);
        var subjects = voice == Voice.PASSIVE ? passiveSubjects(pattern, arguments)
                : activeSubjects(pattern, arguments, trigger);
        if (subjects.isEmpty() && described != null && antecedent.kind() == Antecedent.Kind.APPOSITION
                && pattern.subjectMarkers().contains(Rules.NONE) && described.admits(pattern.subjectKinds())) {
            subjects.add(described);    // "Moonshot AI, de start-up achter Kimi": the described name acts
            described = null;
        }
        Group object = object(pattern, arguments, subjects, trigger, voice, described);
        if (voice == Voice.ACTIVE && subjects.size() == 1 && rules.causatives.find(tokens, range[0], range[1]) >= 0) {
            // "DeepSeek, dat zijn model V3 op Huawei Cloud laat draaien": the model runs, DeepSeek has it run.
            Group actor = subjects.get(0);
            Group done = object;
            Group doer = arguments.stream().filter(g -> g.marker() == null && g != actor && g != done
                    && g.first() > actor.first() && g.admits(pattern.subjectKinds())).findFirst().orElse(null);
            if (doer != null) {
                subjects.set(0, doer);
            }
        }
        double confidence = pattern.confidence();
        if (subjects.isEmpty() && voice == Voice.ACTIVE && pattern.subjectMarkers().contains(Rules.NONE)
                && !rules.passiveWithoutAgentIn(tokens, range)) {
            // What the clause leaves out, an earlier clause of the sentence may give: its unmarked name.
            Group implied = earlierUnmarked(clause, pattern.subjectKinds(), object);
            if (implied != null) {
                subjects.add(implied);
                confidence -= 0.1;
            }
        }
        if (subjects.isEmpty()) {
            return;
        }
        boolean relative = antecedent != null && antecedent.kind() != Antecedent.Kind.APPOSITION;
        // An object from an earlier clause only when this clause names nothing but its subject: "Mistral AI, ...,
        // verzekerde zich van een investering van ASML", not "Oracle betreibt ..., und OpenAI kauft bei ...".
        boolean onlySubject = subjects.containsAll(arguments);
        if (object == null && voice == Voice.ACTIVE && pattern.objectMarkers().contains(Rules.NONE) && !relative
                && onlySubject) {
            object = earlierUnmarked(clause, pattern.objectKinds(), subjects.get(0));
            confidence -= 0.1;
        }
        if (object == null && pattern.contextObject()) {
            object = otherParty(subjects.get(0));
            confidence -= 0.15;
        }
        if (object == null) {
            return;
        }
        if (object.first() >= 0 && Math.abs(object.first() - trigger) > NEAR) {
            confidence -= 0.05;
        }
        String role = pattern.roles().get(tokens.get(trigger).lower());
        boolean hedged = clauses.hedged(range) || subjects.stream().anyMatch(s -> s.first() >= 0
                && clauses.hedged(clauses.rangeOf(s.first())));
        for (Group subject : subjects) {
            for (Mention from : subject.members()) {
                for (Mention to : object.members()) {
                    Mention actor = pattern.inverse() ? to : from;
                    Mention other = pattern.inverse() ? from : to;
                    if (pattern.subjectKinds().contains(from.kind()) && pattern.objectKinds().contains(to.kind())
                            && !ownedByAnother(pattern.relation(), object, to, from)) {
                        var fact = Candidate.of(actor.entity(), pattern.relation(), other.entity(), index,
                                confidence - from.doubt() - to.doubt(), pattern.describe());
                        fact = withFigures(fact, range, trigger, pattern.pointIsStart()).withHedged(hedged);
                        add(role == null ? fact : fact.withRole(role));
                    }
                }
            }
        }
    }

    /**
     * The subject of an active clause, by the pattern's markers in their order of preference: "none" takes the
     * first unmarked name (in English, only one before the verb); a marker takes the first name it marks.
     */
    private List<Group> activeSubjects(RelationPattern pattern, List<Group> arguments, int trigger) {
        var subjects = new ArrayList<Group>();
        for (String marker : pattern.subjectMarkers()) {
            for (Group group : arguments) {
                boolean marked = Rules.NONE.equals(marker) ? group.marker() == null
                        && !(rules.subjectBeforeVerb && group.first() > trigger)
                        : marker.equals(group.marker());
                if (marked && group.admits(pattern.subjectKinds()) && !subjects.contains(group)) {
                    subjects.add(group);
                    if (!pattern.allSubjects()) {
                        return subjects;
                    }
                    if (Rules.NONE.equals(marker)) {
                        break;
                    }
                }
            }
        }
        return subjects;
    }

    /** "is door OpenAI ingekocht", "dat wordt toegepast in producten zoals Copilot": the agent or a marked name. */
    private List<Group> passiveSubjects(RelationPattern pattern, List<Group> arguments) {
        var subjects = new ArrayList<Group>();
        for (Group group : arguments) {
            if (group.marker() != null && (rules.agents.contains(group.marker())
                    || pattern.subjectMarkers().contains(group.marker())) && group.admits(pattern.subjectKinds())) {
                subjects.add(group);
                if (!pattern.allSubjects()) {
                    break;
                }
            }
        }
        return subjects;
    }

    /**
     * The object: the marked argument nearest the trigger, else (when the pattern or the passive allows an unmarked
     * object) the next unmarked one after the subject, else what the clause describes.
     */
    private Group object(RelationPattern pattern, List<Group> arguments, List<Group> subjects, int trigger,
                         Voice voice, Group described) {
        Group object = null;
        int nearest = Integer.MAX_VALUE;
        for (Group group : arguments) {
            if (group.marker() != null && pattern.objectMarkers().contains(group.marker())
                    && group.admits(pattern.objectKinds()) && !subjects.contains(group)
                    && Math.abs(group.first() - trigger) < nearest) {
                object = group;
                nearest = Math.abs(group.first() - trigger);
            }
        }
        if (object != null || !(pattern.objectMarkers().contains(Rules.NONE) || voice == Voice.PASSIVE)) {
            return object;
        }
        var unmarked = new ArrayList<>(arguments.stream().filter(g -> g.marker() == null).toList());
        if (described != null) {
            unmarked.add(described);
        }
        for (Group group : unmarked) {
            boolean afterSubject = subjects.isEmpty() || subjects.get(0).marker() != null
                    || group.first() > subjects.get(0).first() || group == described;
            // An owner ("Microsofts Ansatz") is never a bare object: it only qualifies the noun after it.
            if (!subjects.contains(group) && afterSubject && group.admits(pattern.objectKinds())
                    && !clauses.ownerOnly(group)) {
                return group;
            }
        }
        return null;
    }

    /**
     * Passive when the clause has an auxiliary and a name marked as the agent ("door OpenAI", "von Aleph Alpha"), or
     * an unambiguous passive auxiliary ("wurde", "werd", "was") without one; not when the pattern itself marks its
     * object with an agent word ("powered by").
     */
    private Voice voice(int[] range, List<Group> arguments, RelationPattern pattern) {
        if (pattern.objectMarkers().stream().anyMatch(rules.agents::contains)) {
            return Voice.ACTIVE;
        }
        boolean agent = arguments.stream().anyMatch(g -> g.marker() != null && rules.agents.contains(g.marker()));
        if (agent && rules.passiveAuxiliaryIn(tokens, range)) {
            return Voice.PASSIVE;
        }
        return !agent && rules.passiveWithoutAgentIn(tokens, range) ? Voice.PASSIVE : Voice.ACTIVE;
    }

    /** The first trigger in a clause; the words of a phrase may stand apart ("nam ... over", "stellte ... vor"). */
    private int findTrigger(Words triggers, int[] range) {
        for (int i = range[0]; i < range[1]; i++) {
            if (!clauses.covered(i) && triggers.matchAt(tokens, i, range[1], TRIGGER_GAP, this::closesClause) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** "Apple will build Google's Gemini models": Apple does not develop what the text says is Google's. */
    private static boolean ownedByAnother(RelationType relation, Group object, Mention owned, Mention developer) {
        Mention owner = object.owners().get(owned);
        return relation == RelationType.DEVELOPS && owner != null
                && !owner.entity().id().equals(developer.entity().id());
    }

    /** The last word of a clause, or one only a phrase follows ("over voor 4,1 miljard dollar"). */
    private boolean closesClause(int token) {
        int next = token + 1;
        return next >= tokens.size() || tokens.get(next).isPunctuation() || rules.markers.contains(tokens.get(next));
    }

    /** The other party of the last two-party fact, when the subject is one of them. */
    private Group otherParty(Group subject) {
        var pair = discourse.lastPair();
        if (pair.size() != 2 || subject.members().size() != 1) {
            return null;
        }
        String id = subject.head().entity().id();
        Entity other = pair.get(0).id().equals(id) ? pair.get(1) : pair.get(1).id().equals(id) ? pair.get(0) : null;
        return other == null ? null : Group.of(new Mention(-1, -1, other, Via.ANAPHOR, false, false));
    }

    /** "OpenAI und Microsoft gelten als Team", "de twee partijen zijn van plan": two names, one relation. */
    private void applyPair(RelationPattern pattern, int clause, int trigger) {
        int[] range = clauses.range(clause);
        boolean namesNone = clauses.in(clause).stream().noneMatch(g -> g.admits(pattern.subjectKinds()));
        if (namesNone && pattern.contextObject() && discourse.lastPair().size() == 2) {
            // "eine Verschiebung in einer Partnerschaft": the partnership of the two parties just written of
            var pair = discourse.lastPair();
            add(Candidate.of(pair.get(0), pattern.relation(), pair.get(1), index, pattern.confidence() - 0.2,
                    pattern.describe()).withHedged(clauses.hedged(range)));
            return;
        }
        for (Group group : clauses.in(clause)) {
            var members = group.members().stream().filter(m -> pattern.subjectKinds().contains(m.kind())).toList();
            if (group.marker() != null || members.size() < 2) {
                continue;
            }
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    var fact = Candidate.of(members.get(i).entity(), pattern.relation(), members.get(j).entity(),
                            index, pattern.confidence() - members.get(i).doubt() - members.get(j).doubt(),
                            pattern.describe());
                    add(withFigures(fact, range, trigger, pattern.pointIsStart()).withHedged(clauses.hedged(range)));
                }
            }
            return;
        }
    }

    /**
     * The unmarked name of an earlier clause that a clause without one leaves implied; none when two unmarked names
     * stand side by side there ("erlaubte Microsoft OpenAI, ...": who is meant is a matter of the verb).
     */
    private Group earlierUnmarked(int clause, List<EntityKind> kinds, Group not) {
        var groups = clauses.groups();
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            if (clauses.clauseOf(group.first()) < clause && group.marker() == null && group != not
                    && group.admits(kinds) && !clauses.ownerOnly(group) && (not == null || group.first() != not.first())) {
                boolean nextToUnmarked = g + 1 < groups.size() && groups.get(g + 1).marker() == null
                        && groups.get(g + 1).first() == group.last() + 1;
                return nextToUnmarked ? null : group;
            }
        }
        return null;
    }

    // --- figures ----------------------------------------------------------------------------------------------

    private Candidate withFigures(Candidate fact, int[] range, int trigger, boolean pointIsStart) {
        if (WITH_FIGURES.contains(fact.relation())) {
            MoneyMention amount = nearest(money, range, trigger);
            QuantityMention quantity = nearest(quantities, range, trigger);
            fact = fact.withFigures(amount == null ? null : amount.amount(),
                    quantity == null ? null : quantity.quantity());
        }
        TimeMention time = nearest(times, range, trigger);
        var periods = times.stream().map(Figure::mention).filter(t -> t.kind() != TimeMention.Kind.POINT).toList();
        if (time == null && periods.size() == 1) {
            time = periods.get(0);      // "het contract met OpenAI, dat geldig is tot en met 2030"
        }
        if (time == null) {
            // A date elsewhere in the sentence still dates the report ("deze week ...: ... ingekocht").
            time = times.stream().map(Figure::mention).filter(t -> t.kind() == TimeMention.Kind.POINT).findFirst()
                    .orElse(null);
            if (time == null || pointIsStart) {
                return fact;
            }
            return fact.withTimes(null, null, time.start(), false, false, false);
        }
        return switch (time.kind()) {
            case POINT -> pointIsStart ? fact.withTimes(time.start(), null, null, false, false, false)
                    : fact.withTimes(null, null, time.start(), false, false, false);
            case SINCE -> fact.withTimes(time.start(), null, null, false, false, false);
            case UNTIL -> fact.withTimes(null, time.end(), null, time.endInclusive(), time.endApproximate(), false);
            case RANGE -> fact.withTimes(time.start(), time.end(), null, time.endInclusive(), time.endApproximate(),
                    false);
        };
    }

    /**
     * A start and a later end in one sentence are one period, even with words between them ("vanaf 2027 lopen tot
     * grofweg 2032").
     */
    private static List<TimeMention> periods(List<TimeMention> found) {
        var joined = new ArrayList<TimeMention>();
        for (TimeMention time : found) {
            TimeMention last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.kind() == TimeMention.Kind.SINCE && time.kind() == TimeMention.Kind.UNTIL
                    && !time.end().lastDay().isBefore(last.start().firstDay())) {
                joined.set(joined.size() - 1, new TimeMention(TimeMention.Kind.RANGE, last.start(), time.end(),
                        time.endInclusive(), time.endApproximate(), last.from(), time.to()));
            } else {
                joined.add(time);
            }
        }
        return joined;
    }

    private static <T> T nearest(List<Figure<T>> figures, int[] range, int trigger) {
        T best = null;
        int distance = Integer.MAX_VALUE;
        for (Figure<T> figure : figures) {
            if (figure.token() >= range[0] && figure.token() < range[1]
                    && Math.abs(figure.token() - trigger) < distance) {
                best = figure.mention();
                distance = Math.abs(figure.token() - trigger);
            }
        }
        return best;
    }

    private <T> List<Figure<T>> figures(Sentence sentence, List<T> found, Function<T, Integer> start) {
        var figures = new ArrayList<Figure<T>>();
        for (T mention : found) {
            int offset = sentence.start() + start.apply(mention);
            int token = 0;
            while (token + 1 < tokens.size() && tokens.get(token + 1).start() <= offset) {
                token++;
            }
            figures.add(new Figure<>(mention, token));
        }
        return figures;
    }

    // --- collecting -------------------------------------------------------------------------------------------

    private void add(Candidate fact) {
        if (fact.subject().id().equals(fact.object().id()) || ownPart(fact)) {
            return;
        }
        found.merge(fact.key(), fact, (a, b) -> b.detail() > a.detail()
                || (b.detail() == a.detail() && b.confidence() > a.confidence()) ? b : a);
    }

    /**
     * A company does not buy from, invest in or compete with its own cloud or product (Microsoft and Azure): a
     * relation between a whole and its part other than making, buying, owning or leading it is a misreading. Buying
     * is how many parts became parts (Microsoft and GitHub).
     */
    private static boolean ownPart(Candidate fact) {
        boolean related = fact.subject().id().equals(fact.object().partOf())
                || fact.object().id().equals(fact.subject().partOf());
        return related && !EnumSet.of(RelationType.DEVELOPS, RelationType.ACQUIRED, RelationType.SUBSIDIARY_OF,
                RelationType.LEADS, RelationType.WORKS_FOR, RelationType.FOUNDED).contains(fact.relation());
    }
}
