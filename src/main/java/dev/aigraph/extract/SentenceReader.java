package dev.aigraph.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.aigraph.extract.Mention.Entity;
import dev.aigraph.extract.Mention.Via;
import dev.aigraph.extract.Rules.RelationPattern;
import dev.aigraph.graph.EntityKind;
import dev.aigraph.graph.RelationType;
import dev.aigraph.normalize.MoneyMention;
import dev.aigraph.normalize.QuantityMention;
import dev.aigraph.normalize.TimeMention;

/**
 * Reads the facts of one sentence. The sentence is cut into clauses; names joined by "and"/"en"/"und" form one
 * argument; each argument gets the role-marking word before it; then every relation pattern whose trigger stands in
 * a clause picks its subject and object by those markers (see en.yaml). Constructions that need no verb are read
 * too: owners ("OpenAI's ChatGPT", "the API of OpenAI"), nationality ("the Chinese company DeepSeek") and titles
 * ("Microsoft CEO Satya Nadella"). A clause that denies or only supposes something gives no fact; one that reports
 * it second-hand gives a hedged fact.
 */
final class SentenceReader {

    /** Relations whose facts can carry a sum of money or a quantity stated in the same clause. */
    private static final Set<RelationType> WITH_FIGURES = EnumSet.of(RelationType.INVESTED_IN, RelationType.ACQUIRED,
            RelationType.BUYS_COMPUTE_FROM, RelationType.SUPPLIES, RelationType.PARTNERS_WITH, RelationType.LICENSES,
            RelationType.RUNS_ON);
    private static final Set<EntityKind> OWNED = EnumSet.of(EntityKind.AI_MODEL, EntityKind.PRODUCT,
            EntityKind.CLOUD_PLATFORM);
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "–", "—", "(", ")", "?", "!", "\"", "“",
            "”", "„");
    /** How far back from a name its role-marking word may stand ("bij de belangrijkste geldschieter Microsoft"). */
    private static final int MARKER_REACH = 4;
    /** How many words may stand between the words of a trigger phrase ("nam de start-up over"). */
    private static final int TRIGGER_GAP = 4;

    private final Rules rules;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final int index;
    private final Discourse discourse;
    private final Function<String, Entity> places;
    private final List<Group> groups = new ArrayList<>();
    private final int[] clauseOf;
    private final List<int[]> clauses = new ArrayList<>();
    private final List<Figure<MoneyMention>> money;
    private final List<Figure<QuantityMention>> quantities;
    private final List<Figure<TimeMention>> times;
    private final Map<String, Candidate> found = new LinkedHashMap<>();

    /** Names joined into one argument, with the word that marks its role ({@code null}: none). */
    private record Group(List<Mention> members, int first, int last, String marker, Mention possessor) {

        Mention head() {
            return members.get(0);
        }
    }

    /** A money, quantity or time mention and the token it starts at. */
    private record Figure<T>(T mention, int token) {
    }

    /**
     * @param places finds a place's entity by its canonical name, for nationality adjectives
     */
    SentenceReader(Rules rules, Sentence sentence, List<Mention> mentions, Discourse discourse,
                   Function<String, Entity> places) {
        this.rules = rules;
        this.tokens = sentence.tokens();
        this.mentions = mentions;
        this.index = sentence.index();
        this.discourse = discourse;
        this.places = places;
        this.clauseOf = new int[tokens.size()];
        this.money = figures(sentence, sentence.money(), MoneyMention::start);
        this.quantities = figures(sentence, sentence.quantities(), QuantityMention::start);
        this.times = figures(sentence, sentence.times(), TimeMention::from);
    }

    /** What the sentence says, and the entity it is about (for "the company" later). */
    record Reading(List<Candidate> facts, Entity subject, boolean pointsToDeal, TimeMention period, boolean hedged) {
    }

    Reading read() {
        boolean question = !tokens.isEmpty() && tokens.get(tokens.size() - 1).is("?");
        buildGroups();
        buildClauses();
        if (!question) {
            for (int clause = 0; clause < clauses.size(); clause++) {
                for (RelationPattern pattern : rules.relations) {
                    applyPattern(pattern, clause);
                }
            }
            readOwners();
            readNationalities();
            readTitles();
        }
        Entity subject = groups.stream().filter(g -> g.marker() == null && g.head().kind() == EntityKind.ORGANIZATION)
                .map(g -> g.head().entity()).findFirst().orElse(null);
        boolean pointsToDeal = rules.dealAnaphors.find(tokens, 0, tokens.size()) >= 0;
        TimeMention period = times.stream().map(Figure::mention).filter(t -> t.kind() != TimeMention.Kind.POINT)
                .findFirst().orElse(null);
        boolean hedged = rules.hedges.find(tokens, 0, tokens.size()) >= 0;
        return new Reading(question ? List.of() : List.copyOf(found.values()), subject, pointsToDeal && !question,
                period, hedged);
    }

    // --- arguments and clauses --------------------------------------------------------------------------------

    private void buildGroups() {
        // Mentions of one span (the two parties "the two companies" points to) are one unit.
        var units = new ArrayList<List<Mention>>();
        for (Mention mention : mentions) {
            var last = units.isEmpty() ? null : units.get(units.size() - 1);
            if (last != null && last.get(0).first() == mention.first() && last.get(0).last() == mention.last()) {
                last.add(mention);
            } else {
                units.add(new ArrayList<>(List.of(mention)));
            }
        }
        Mention possessor = null;
        var chain = new ArrayList<List<Mention>>();
        var chainPossessor = new ArrayList<Mention>();
        boolean chainEndsWithCoordinator = false;
        for (int u = 0; u < units.size(); u++) {
            var unit = units.get(u);
            Mention head = unit.get(0);
            boolean ownsNext = u + 1 < units.size() && unit.size() == 1 && head.possessive()
                    && units.get(u + 1).get(0).first() == head.last() + 1;
            if (ownsNext) {
                possessor = head;      // "Elon Musks xAI": the owner describes the next name
                continue;
            }
            if (!chain.isEmpty()) {
                var previous = chain.get(chain.size() - 1);
                int link = link(previous.get(0).last(), possessor != null ? possessor.first() : head.first());
                if (link == 0) {
                    flush(chain, chainPossessor, chainEndsWithCoordinator);
                    chainEndsWithCoordinator = false;
                } else {
                    chainEndsWithCoordinator = link == 2;
                }
            }
            chain.add(unit);
            chainPossessor.add(possessor);
            possessor = null;
        }
        flush(chain, chainPossessor, chainEndsWithCoordinator);
    }

    /** 0: not one list; 1: joined by a comma; 2: joined by a coordinator ("and", "en", "und"). */
    private int link(int previousLast, int nextFirst) {
        int between = nextFirst - previousLast - 1;
        if (between < 1 || between > MARKER_REACH) {
            return 0;
        }
        Token first = tokens.get(previousLast + 1);
        if (!first.is(",") && !rules.coordinators.contains(first)) {
            return 0;
        }
        boolean coordinated = false;
        for (int i = previousLast + 1; i < nextFirst; i++) {
            Token token = tokens.get(i);
            if (rules.coordinators.contains(token)) {
                coordinated = true;
            } else if (token.is(",")) {
                continue;
            } else if (token.isPunctuation() || rules.markers.contains(token) || isTrigger(i)) {
                return 0;
            }
        }
        return coordinated ? 2 : 1;
    }

    /** A chain of names is one list only when a coordinator closes it: "A, B and C", not "Azure, Microsoft's ...". */
    private void flush(List<List<Mention>> chain, List<Mention> possessors, boolean coordinated) {
        if (chain.isEmpty()) {
            return;
        }
        if (coordinated) {
            var members = chain.stream().flatMap(List::stream).toList();
            int first = possessors.get(0) != null ? possessors.get(0).first() : members.get(0).first();
            groups.add(new Group(members, first, members.get(members.size() - 1).last(), markerBefore(first),
                    possessors.get(0)));
        } else {
            for (int i = 0; i < chain.size(); i++) {
                var unit = chain.get(i);
                int first = possessors.get(i) != null ? possessors.get(i).first() : unit.get(0).first();
                groups.add(new Group(List.copyOf(unit), first, unit.get(0).last(), markerBefore(first),
                        possessors.get(i)));
            }
        }
        chain.clear();
        possessors.clear();
    }

    /**
     * The role-marking word before a name. Past an example word ("tools such as ChatGPT", "Produkte wie Bing") the
     * name takes the marker of what it exemplifies: the one before that noun, or the name's before it.
     */
    private String markerBefore(int first) {
        int reach = MARKER_REACH;
        for (int i = first - 1; i >= 0 && i >= first - reach; i--) {
            Token token = tokens.get(i);
            if (rules.examples.contains(token) && reach == MARKER_REACH) {
                reach += MARKER_REACH;
                continue;
            }
            if (rules.markers.contains(token)) {
                return token.lower();
            }
            if (covered(i) && reach > MARKER_REACH) {
                final int at = i;
                return groups.stream().filter(g -> g.first() <= at && at <= g.last()).map(Group::marker)
                        .findFirst().orElse(null);
            }
            if ((token.isPunctuation() && !token.is("-")) || covered(i) || isTrigger(i)) {
                return null;
            }
        }
        return null;
    }

    private void buildClauses() {
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean dash = token.is("-") && token.spaceBefore() && (i + 1 == tokens.size()
                    || tokens.get(i + 1).spaceBefore());
            boolean end = (CLAUSE_ENDS.contains(token.text()) && !insideGroup(i)) || dash;
            clauseOf[i] = clauses.size();
            if (end) {
                clauses.add(new int[] {start, i});
                start = i + 1;
            }
        }
        clauses.add(new int[] {start, tokens.size()});
    }

    private boolean insideGroup(int token) {
        return groups.stream().anyMatch(g -> g.members().size() > 1 && g.first() < token && token < g.last());
    }

    private List<Group> groupsIn(int clause) {
        int[] range = clauses.get(clause);
        return groups.stream().filter(g -> g.first() >= range[0] && g.first() < range[1]).toList();
    }

    /**
     * The name a clause hangs on: "Suleyman" for "Suleyman, who joined ..." (relative: the clause's subject),
     * "Stargate" for "Stargate, an initiative of ..." (apposition: what the clause describes).
     */
    private record Antecedent(Group group, boolean relative) {
    }

    private Antecedent antecedent(int clause) {
        int[] range = clauses.get(clause);
        if (clause == 0 || range[0] >= tokens.size()) {
            return null;
        }
        Token opening = tokens.get(range[0]);
        boolean relative = rules.relativePronouns.contains(opening);
        if (!relative && !rules.determiners.contains(opening)) {
            return null;
        }
        int before = range[0] - 2;
        return groups.stream().filter(g -> g.last() == before).findFirst()
                .map(g -> new Antecedent(new Group(g.members(), g.first(), g.last(), null, g.possessor()), relative))
                .orElse(null);
    }

    // --- relation patterns ------------------------------------------------------------------------------------

    private void applyPattern(RelationPattern pattern, int clause) {
        int[] range = clauses.get(clause);
        int trigger = findTrigger(pattern.triggers(), range);
        if (trigger < 0 || denied(range)) {
            return;
        }
        if (pattern.pair()) {
            applyPair(pattern, clause, trigger);
            return;
        }
        var inClause = new ArrayList<Group>(groupsIn(clause));
        Antecedent antecedent = antecedent(clause);
        if (antecedent != null && antecedent.relative()) {
            inClause.add(0, antecedent.group());
        }
        RelationType relation = pattern.relation();
        List<EntityKind> subjectKinds = pattern.subjectKinds();
        List<EntityKind> objectKinds = pattern.objectKinds();
        double confidence = pattern.confidence();

        List<Group> subjects = new ArrayList<>();
        Group object = null;
        var bare = inClause.stream().filter(g -> g.marker() == null).toList();
        boolean bareSubject = pattern.subjectMarkers().contains(Rules.NONE);
        boolean bareObject = pattern.objectMarkers().contains(Rules.NONE);
        Voice voice = voice(range, inClause, pattern);
        if (voice != Voice.ACTIVE) {
            // "is door OpenAI ingekocht bij Oracle", "dat wordt toegepast in producten zoals Copilot": the agent or a
            // marked name is the subject, the unmarked name the object; "wie das o1-Modell entwickelt wurde" names
            // no subject at all.
            for (Group group : inClause) {
                if (group.marker() != null && (rules.agents.contains(group.marker())
                        || pattern.subjectMarkers().contains(group.marker())) && admits(group, subjectKinds)) {
                    subjects.add(group);
                    if (!pattern.allSubjects()) {
                        break;
                    }
                }
            }
            bareSubject = false;
            bareObject = true;
        }
        // The subject: unmarked when the pattern allows it, else marked ("door OpenAI").
        for (Group group : bareSubject ? bare : List.<Group>of()) {
            if (admits(group, subjectKinds)) {
                subjects.add(group);
                break;
            }
        }
        if (voice == Voice.ACTIVE && (subjects.isEmpty() || pattern.allSubjects())) {
            for (Group group : inClause) {
                if (group.marker() != null && pattern.subjectMarkers().contains(group.marker())
                        && admits(group, subjectKinds) && !subjects.contains(group)) {
                    subjects.add(group);
                    if (!pattern.allSubjects()) {
                        break;
                    }
                }
            }
        }
        // The object: the marked candidate nearest the trigger, else the next unmarked one after the subject. An
        // owner ("Microsofts Ansatz") is never a bare object: it only qualifies the noun after it.
        int nearest = Integer.MAX_VALUE;
        for (Group group : inClause) {
            if (group.marker() != null && pattern.objectMarkers().contains(group.marker())
                    && admits(group, objectKinds) && !subjects.contains(group)
                    && Math.abs(group.first() - trigger) < nearest) {
                object = group;
                nearest = Math.abs(group.first() - trigger);
            }
        }
        if (object == null && bareObject) {
            var objects = new ArrayList<>(bare);
            if (antecedent != null && !antecedent.relative()) {
                objects.add(antecedent.group());    // "Stargate, an initiative of OpenAI": what the clause describes
            }
            for (Group group : objects) {
                boolean afterSubject = subjects.isEmpty() || subjects.get(0).marker() != null
                        || group.first() > subjects.get(0).first() || group == antecedentGroup(antecedent);
                if (!subjects.contains(group) && afterSubject && admits(group, objectKinds)
                        && !ownerOnly(group)) {
                    object = group;
                    break;
                }
            }
        }
        if (voice != Voice.ACTIVE && (subjects.isEmpty() || object == null)) {
            return;
        }
        // What the clause leaves out, an earlier clause of the sentence may give: its unmarked name.
        if (subjects.isEmpty() && bareSubject) {
            Group fallback = earlierBare(clause, subjectKinds, object);
            if (fallback != null) {
                subjects.add(fallback);
                confidence -= 0.1;
            }
        }
        if (object == null && bareObject && !subjects.isEmpty()) {
            object = earlierBare(clause, objectKinds, subjects.get(0));
            confidence -= 0.1;
        }
        if (subjects.isEmpty()) {
            return;
        }
        if (object == null && pattern.contextObject()) {
            object = otherParty(subjects.get(0));
            confidence -= 0.2;
        }
        if (object == null) {
            return;
        }
        if (object.first() >= 0 && Math.abs(object.first() - trigger) > 8) {
            confidence -= 0.05;
        }
        String role = pattern.roles().get(tokens.get(trigger).lower());
        boolean hedged = hedgedAround(range) || subjects.stream().anyMatch(s -> s.first() >= 0
                && hedgedAround(clauseRange(s)));
        for (Group subject : subjects) {
            for (Mention from : subject.members()) {
                for (Mention to : object.members()) {
                    if (subjectKinds.contains(from.kind()) && objectKinds.contains(to.kind())) {
                        var fact = Candidate.of(from.entity(), relation, to.entity(), index,
                                confidence - penalty(from) - penalty(to), pattern.describe());
                        fact = withClauseFigures(fact, range, trigger, pattern.pointIsStart()).withHedged(hedged);
                        add(role == null ? fact : fact.withRole(role));
                    }
                }
            }
        }
    }

    private enum Voice {
        ACTIVE, PASSIVE, PASSIVE_WITHOUT_AGENT
    }

    /**
     * Passive when the clause has an auxiliary and a name marked as the agent ("door OpenAI", "von Aleph Alpha"),
     * unless the pattern itself marks its object with an agent word ("powered by"); passive without an agent when it
     * has an unambiguous passive auxiliary ("wurde", "werd") and no agent.
     */
    private Voice voice(int[] range, List<Group> inClause, RelationPattern pattern) {
        if (pattern.objectMarkers().stream().anyMatch(rules.agents::contains)) {
            return Voice.ACTIVE;
        }
        boolean agent = inClause.stream().anyMatch(g -> g.marker() != null && rules.agents.contains(g.marker()));
        if (agent && rules.passiveAuxiliaries.find(tokens, range[0], range[1]) >= 0) {
            return Voice.PASSIVE;
        }
        if (!agent && rules.passiveWithoutAgent.find(tokens, range[0], range[1]) >= 0) {
            return Voice.PASSIVE_WITHOUT_AGENT;
        }
        return Voice.ACTIVE;
    }

    /** The first trigger in a clause; the words of a phrase may stand apart ("nam ... over", "stellte ... vor"). */
    private int findTrigger(Words triggers, int[] range) {
        for (int i = range[0]; i < range[1]; i++) {
            if (!covered(i) && triggers.matchAt(tokens, i, range[1], TRIGGER_GAP) > 0) {
                return i;
            }
        }
        return -1;
    }

    private static Group antecedentGroup(Antecedent antecedent) {
        return antecedent == null ? null : antecedent.group();
    }

    /** A possessive name before a common noun ("Microsofts Ansatz"): the noun, not the name, fills the role. */
    private boolean ownerOnly(Group group) {
        return group.members().size() == 1 && group.head().possessive();
    }

    /** The other party of the last two-party fact, when the subject is one of them. */
    private Group otherParty(Group subject) {
        var pair = discourse.lastPair();
        if (pair.size() != 2 || subject.members().size() != 1) {
            return null;
        }
        String id = subject.head().entity().id();
        Entity other = pair.get(0).id().equals(id) ? pair.get(1) : pair.get(1).id().equals(id) ? pair.get(0) : null;
        if (other == null) {
            return null;
        }
        return new Group(List.of(new Mention(-1, -1, other, Via.ANAPHOR, false, false)), -1, -1, null, null);
    }

    /** "OpenAI und Microsoft gelten als Team", "de twee partijen zijn van plan": two names, one relation. */
    private void applyPair(RelationPattern pattern, int clause, int trigger) {
        int[] range = clauses.get(clause);
        for (Group group : groupsIn(clause)) {
            var members = group.members().stream().filter(m -> pattern.relation().subjectKinds().contains(m.kind()))
                    .toList();
            if (group.marker() != null || members.size() < 2) {
                continue;
            }
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    var fact = Candidate.of(members.get(i).entity(), pattern.relation(), members.get(j).entity(),
                            index, pattern.confidence() - penalty(members.get(i)) - penalty(members.get(j)),
                            pattern.describe());
                    add(withClauseFigures(fact, range, trigger, pattern.pointIsStart())
                            .withHedged(hedgedAround(range)));
                }
            }
            return;
        }
    }

    /**
     * The unmarked name of an earlier clause that a clause without one leaves implied; none when two unmarked names
     * stand side by side there ("erlaubte Microsoft OpenAI, ...": who is meant is a matter of the verb).
     */
    private Group earlierBare(int clause, List<EntityKind> kinds, Group not) {
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            if (clauseOf[group.first()] < clause && group.marker() == null && group != not && admits(group, kinds)
                    && !ownerOnly(group) && (not == null || group.first() != not.first())) {
                boolean nextToBare = g + 1 < groups.size() && groups.get(g + 1).marker() == null
                        && groups.get(g + 1).first() == group.last() + 1;
                return nextToBare ? null : group;
            }
        }
        return null;
    }

    private static boolean admits(Group group, List<EntityKind> kinds) {
        return group.members().stream().anyMatch(m -> kinds.contains(m.kind()));
    }

    private static double penalty(Mention mention) {
        return switch (mention.via()) {
            case NAME -> 0;
            case DESCRIPTION, ANAPHOR -> 0.1;
            case UNKNOWN_NAME -> 0.3;
        };
    }

    // --- constructions without a verb ---------------------------------------------------------------------------

    /**
     * Owners: "OpenAI's ChatGPT", "Microsofts modellen zoals MAI-1", "its own model o1" (the owner is the sentence's
     * subject), "Azure, Microsofts Cloud-Plattform", "het o1-model van OpenAI", and a person's company: "Elon Musks
     * xAI" (the person leads it).
     */
    private void readOwners() {
        for (Group group : groups) {
            Mention owner = group.possessor();
            if (owner != null) {
                // "Elon Musks xAI, Meta und DeepSeek": the owner belongs to the first name only.
                ownerFact(owner, new Group(List.of(group.head()), group.first(), group.head().last(), null, null),
                        "possessive");
            }
        }
        for (Mention owner : mentions) {
            if (owner.possessive() && groups.stream().noneMatch(g -> g.possessor() == owner)) {
                Group owned = ownedAfter(owner.last() + 1);
                if (owned != null) {
                    ownerFact(owner, owned, "possessive");
                } else if (owner.first() >= 2 && tokens.get(owner.first() - 1).is(",")) {
                    groups.stream().filter(g -> g.last() == owner.first() - 2).findFirst()
                            .ifPresent(described -> ownerFact(owner, described, "apposition"));
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            final int pronoun = i;
            if (rules.possessives.contains(tokens.get(i)) && !covered(i)) {
                Group owned = ownedAfter(i + 1);
                Group owner = groups.stream().filter(g -> g.marker() == null && g.last() < pronoun
                        && g.head().kind() == EntityKind.ORGANIZATION).findFirst().orElse(null);
                if (owned != null && owner != null && owner.members().size() == 1) {
                    ownerFact(owner.head(), owned, "possessive pronoun");
                }
            }
        }
        for (Group owned : groups) {
            if (!OWNED.contains(owned.head().kind()) || owned.members().size() != 1) {
                continue;
            }
            int at = owned.last() + 1;
            if (at + 1 < tokens.size() && tokens.get(at).is("-") && !tokens.get(at).spaceBefore()) {
                at += 2;    // "das o1-Modell von OpenAI"
            } else if (at < tokens.size() && !tokens.get(at).isPunctuation() && !covered(at)
                    && !rules.markers.contains(tokens.get(at)) && rules.ownedBy.matchAt(tokens, at) == 0) {
                at++;       // "het o1 model van OpenAI"
            }
            int length = at < tokens.size() ? rules.ownedBy.matchAt(tokens, at) : 0;
            if (length > 0) {
                int next = at + length;
                groups.stream().filter(g -> g.first() == next && g.members().size() == 1
                        && g.head().kind() == EntityKind.ORGANIZATION).findFirst()
                        .ifPresent(maker -> ownerFact(maker.head(), owned, "owned by"));
            }
        }
    }

    /** The model, product or cloud (or list of them) an owner word stands before, a few words on at most. */
    private Group ownedAfter(int from) {
        for (int i = from; i < Math.min(tokens.size(), from + MARKER_REACH); i++) {
            final int at = i;
            var group = groups.stream().filter(g -> g.first() == at).findFirst().orElse(null);
            if (group != null) {
                return group;
            }
            Token token = tokens.get(i);
            if (rules.examples.matchAt(tokens, i) > 0) {
                continue;
            }
            if ((token.isPunctuation() && !token.is("-")) || rules.markers.contains(token) || isTrigger(i)) {
                return null;
            }
        }
        return null;
    }

    private void ownerFact(Mention owner, Group owned, String how) {
        int[] range = clauseRange(owned);
        if (negated(range)) {
            return;     // "in plaats van dat Microsofts modellen ...": the models are Microsoft's all the same
        }
        for (Mention member : owned.members()) {
            RelationType relation = null;
            double confidence = 0.8;
            if (owner.kind() == EntityKind.ORGANIZATION && OWNED.contains(member.kind())) {
                relation = RelationType.DEVELOPS;
            } else if (owner.kind() == EntityKind.PERSON && member.kind() == EntityKind.ORGANIZATION) {
                relation = RelationType.LEADS;
                confidence = 0.7;
            }
            if (relation != null && !owner.entity().id().equals(member.entity().id())) {
                add(Candidate.of(owner.entity(), relation, member.entity(), index,
                        confidence - penalty(owner) - penalty(member), how).withHedged(hedgedAround(range)));
            }
        }
    }

    /** "het Chinese DeepSeek", "dem chinesischen Unternehmen DeepSeek", "the Chinese tech giants A, B and C". */
    private void readNationalities() {
        for (var nationality : rules.nationalities.entrySet()) {
            Entity place = places.apply(nationality.getKey());
            if (place == null) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                int length = nationality.getValue().matchAt(tokens, i);
                if (length == 0) {
                    continue;
                }
                Group described = describedBy(i, length);
                if (described == null || titleAt(i + length) != null) {
                    continue;
                }
                for (Mention member : described.members()) {
                    boolean located = member.kind() == EntityKind.ORGANIZATION || member.kind() == EntityKind.PROJECT;
                    if (located && member.via() != Via.ANAPHOR && !negated(clauseRange(described))) {
                        add(Candidate.of(member.entity(), RelationType.BASED_IN, place, index,
                                0.85 - penalty(member), "nationality"));
                    }
                }
            }
        }
    }

    /** The name an adjective at {@code at} describes: the mention holding it, or the next within a few words. */
    private Group describedBy(int at, int length) {
        for (Group group : groups) {
            if (group.first() <= at && at <= group.last()) {
                return group.head().via() == Via.DESCRIPTION ? group : null;
            }
        }
        for (int i = at + length; i < Math.min(tokens.size(), at + length + 3); i++) {
            final int position = i;
            var group = groups.stream().filter(g -> g.first() == position).findFirst().orElse(null);
            if (group != null) {
                return group;
            }
            // A later member of a list: "xAI, Meta und dem chinesischen Unternehmen DeepSeek" describes DeepSeek only.
            var member = mentions.stream().filter(m -> m.first() == position).findFirst().orElse(null);
            if (member != null) {
                return new Group(List.of(member), member.first(), member.last(), null, null);
            }
            Token token = tokens.get(i);
            if (token.isPunctuation() && !token.is("-") || rules.markers.contains(token) || isTrigger(i)) {
                return null;
            }
        }
        return null;
    }

    /** "Microsoft-CEO Satya Nadella", "OpenAI CEO Sam Altman", "Amerikaans president Trump", "X, CEO of Y". */
    private void readTitles() {
        for (Group group : groups) {
            Mention person = group.head();
            if (person.kind() != EntityKind.PERSON || group.members().size() != 1) {
                continue;
            }
            for (int start = Math.max(0, person.first() - 3); start < person.first(); start++) {
                Rules.Title title = titleAt(start);
                if (title == null || start + title.words().matchAt(tokens, start) != person.first()) {
                    continue;
                }
                int before = start - 1;
                if (before >= 1 && tokens.get(before).is("-")) {
                    before--;
                }
                final int end = before;
                groups.stream().filter(g -> g.last() == end && g.members().size() == 1).findFirst()
                        .ifPresent(org -> titleFact(person, title, org.head()));
                for (var nationality : rules.nationalities.entrySet()) {
                    for (int n = Math.max(0, end - 2); n <= end && n >= 0; n++) {
                        if (nationality.getValue().matchAt(tokens, n) == end - n + 1) {
                            Entity place = places.apply(nationality.getKey());
                            if (place != null) {
                                titleFact(person, title, new Mention(n, end, place, Via.NAME, false, false));
                            }
                        }
                    }
                }
            }
            int after = person.last() + 1;
            if (after + 1 < tokens.size() && tokens.get(after).is(",")) {
                Rules.Title title = titleAt(after + 1);
                if (title != null) {
                    int marker = after + 1 + title.words().matchAt(tokens, after + 1);
                    if (marker < tokens.size() && rules.markers.contains(tokens.get(marker))) {
                        groups.stream().filter(g -> g.first() == marker + 1 && g.members().size() == 1).findFirst()
                                .ifPresent(org -> titleFact(person, title, org.head()));
                    }
                }
            }
        }
    }

    private Rules.Title titleAt(int at) {
        if (at >= tokens.size()) {
            return null;
        }
        return rules.titles.stream().filter(t -> t.words().matchAt(tokens, at) > 0).findFirst().orElse(null);
    }

    private void titleFact(Mention person, Rules.Title title, Mention of) {
        RelationType relation = title.relation();
        if (!relation.objectKinds().contains(of.kind()) || negated(clauseRange(person.first()))) {
            return;
        }
        add(Candidate.of(person.entity(), relation, of.entity(), index, 0.85 - penalty(of), "title")
                .withRole(title.role()));
    }

    // --- attributes ---------------------------------------------------------------------------------------------

    private Candidate withClauseFigures(Candidate fact, int[] range, int trigger, boolean pointIsStart) {
        if (WITH_FIGURES.contains(fact.relation())) {
            MoneyMention amount = nearest(money, range, trigger);
            QuantityMention quantity = nearest(quantities, range, trigger);
            fact = fact.withFigures(amount == null ? null : amount.amount(),
                    quantity == null ? null : quantity.quantity());
        }
        TimeMention time = nearest(times, range, trigger);
        if (time == null) {
            // A date elsewhere in the sentence still dates the report ("deze week ...: ... ingekocht").
            time = times.stream().map(Figure::mention).filter(t -> t.kind() == TimeMention.Kind.POINT).findFirst()
                    .orElse(null);
            if (time == null) {
                return fact;
            }
            return fact.withTimes(null, null, pointIsStart ? null : time.start(), false, false, false);
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

    /** Whether a clause denies, supposes or counters what it says ("not", "könnte", "in plaats van"). */
    private boolean denied(int[] range) {
        return rules.hypotheticals.find(tokens, range[0], range[1]) >= 0 || negated(range);
    }

    private boolean negated(int[] range) {
        for (int i = range[0]; i < range[1]; i++) {
            if (rules.negations.matchAt(tokens, i) > 0 && rules.negationExceptions.matchAt(tokens, i) == 0) {
                return true;
            }
        }
        return false;
    }

    private boolean hedgedAround(int[] range) {
        return rules.hedges.find(tokens, range[0], range[1]) >= 0;
    }

    private int[] clauseRange(Group group) {
        return clauseRange(group.first());
    }

    private int[] clauseRange(int token) {
        return clauses.get(clauseOf[token]);
    }

    private void add(Candidate fact) {
        if (fact.subject().id().equals(fact.object().id()) || ownPart(fact)) {
            return;
        }
        found.merge(fact.key(), fact, (a, b) -> b.detail() > a.detail()
                || (b.detail() == a.detail() && b.confidence() > a.confidence()) ? b : a);
    }

    /**
     * A company does not buy from, invest in or compete with its own cloud or product (Microsoft and Azure): a
     * relation between a whole and its part other than making or owning it is a misreading.
     */
    private static boolean ownPart(Candidate fact) {
        boolean related = fact.subject().id().equals(fact.object().partOf())
                || fact.object().id().equals(fact.subject().partOf());
        return related && fact.relation() != RelationType.DEVELOPS && fact.relation() != RelationType.SUBSIDIARY_OF
                && fact.relation() != RelationType.LEADS && fact.relation() != RelationType.WORKS_FOR;
    }

    private boolean covered(int token) {
        return mentions.stream().anyMatch(m -> m.first() <= token && token <= m.last());
    }

    private boolean isTrigger(int token) {
        return rules.relations.stream().anyMatch(p -> p.triggers().matchAt(tokens, token) > 0);
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
}
