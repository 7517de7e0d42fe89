package dev.aigraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aigraph.graph.EntityKind;

/**
 * The shape of one sentence that relation patterns work on: its arguments (names joined into lists, each with the
 * role-marking word before it) and its clauses (cut at commas, semicolons, colons and dashes that do not sit inside a
 * list). No parser: the rules files' word lists are all it knows of grammar.
 */
final class Clauses {

    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "–", "—", "(", ")", "?", "!", "\"", "“",
            "”", "„");
    /** How far back from a name its role-marking word may stand ("bij de belangrijkste geldschieter Microsoft"). */
    static final int MARKER_REACH = 4;

    private final Rules rules;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final boolean[] covered;
    private final boolean[] trigger;
    private final boolean[] filler;
    private final List<Group> groups = new ArrayList<>();
    private final int[] clauseOf;
    private final List<int[]> clauses = new ArrayList<>();

    /**
     * An argument: one name or a list of names ("Oracle en SoftBank"), with the word that marks its role
     * ({@code null}: none) and the owners written before its names ("Elon Musks xAI": Elon Musk owns xAI).
     */
    record Group(List<Mention> members, int first, int last, String marker, Map<Mention, Mention> owners) {

        Mention head() {
            return members.get(0);
        }

        static Group of(Mention mention) {
            return new Group(List.of(mention), mention.first(), mention.last(), null, Map.of());
        }

        boolean admits(List<EntityKind> kinds) {
            return members.stream().anyMatch(m -> kinds.contains(m.kind()));
        }

        Group unmarked() {
            return new Group(members, first, last, null, owners);
        }
    }

    /**
     * The name a clause hangs on: "Suleyman" for "Suleyman, who joined ..." (relative: the clause's subject, or in
     * "Anthropic, which Amodei co-founded" its object), "Stargate" for "Stargate, an initiative of ..." (apposition:
     * what the clause describes).
     */
    record Antecedent(Group group, Kind kind) {

        enum Kind {
            SUBJECT_RELATIVE, OBJECT_RELATIVE, APPOSITION
        }
    }

    Clauses(Rules rules, List<Token> tokens, List<Mention> mentions) {
        this.rules = rules;
        this.tokens = tokens;
        this.mentions = mentions;
        this.covered = new boolean[tokens.size()];
        this.trigger = new boolean[tokens.size()];
        this.filler = new boolean[tokens.size()];
        this.clauseOf = new int[tokens.size()];
        for (Mention mention : mentions) {
            for (int i = Math.max(0, mention.first()); i <= mention.last(); i++) {
                covered[i] = true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            final int at = i;
            trigger[i] = rules.relations.stream().anyMatch(p -> p.triggers().matchAt(tokens, at) > 0);
            int length = rules.fillers.matchAt(tokens, i);
            for (int j = i; j < i + length; j++) {
                filler[j] = true;
            }
        }
        buildGroups();
        buildClauses();
    }

    List<Group> groups() {
        return groups;
    }

    int count() {
        return clauses.size();
    }

    int[] range(int clause) {
        return clauses.get(clause);
    }

    int clauseOf(int token) {
        return clauseOf[token];
    }

    int[] rangeOf(int token) {
        return clauses.get(clauseOf[token]);
    }

    boolean covered(int token) {
        return covered[token];
    }

    boolean isTrigger(int token) {
        return trigger[token];
    }

    List<Group> in(int clause) {
        int[] range = clauses.get(clause);
        return groups.stream().filter(g -> g.first() >= range[0] && g.first() < range[1]).toList();
    }

    /** The argument starting at a token, if one does. */
    Group startingAt(int token) {
        return groups.stream().filter(g -> g.first() == token).findFirst().orElse(null);
    }

    /** The argument holding a token, if one does. */
    Group holding(int token) {
        return groups.stream().filter(g -> g.first() <= token && token <= g.last()).findFirst().orElse(null);
    }

    Antecedent antecedent(int clause) {
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
        Group list = groups.stream().filter(g -> g.last() == before).findFirst().orElse(null);
        if (list == null) {
            return null;
        }
        // "mit Google Search und mit Microsofts Bing, das auf GPT-4 setzt": the clause hangs on the last name.
        Mention last = list.members().get(list.members().size() - 1);
        Group group = list.members().size() == 1 ? list : Group.of(last);
        Antecedent.Kind kind = !relative ? Antecedent.Kind.APPOSITION
                : rules.objectRelatives && startingAt(range[0] + 1) != null ? Antecedent.Kind.OBJECT_RELATIVE
                : Antecedent.Kind.SUBJECT_RELATIVE;
        return new Antecedent(group.unmarked(), kind);
    }

    /**
     * A possessive name before a common noun ("Microsofts Ansatz"): the noun, not the name, fills a role; but before
     * a model noun the name itself does ("testing Anthropic's models" tests Anthropic).
     */
    boolean ownerOnly(Group group) {
        if (group.members().size() != 1 || !group.head().possessive()) {
            return false;
        }
        int next = group.head().last() + 1;
        return next >= tokens.size() || rules.modelNouns.matchAt(tokens, next) == 0;
    }

    /** Whether a clause denies, supposes, asks or counters what it says ("not", "könnte", "of ...", "in plaats van"). */
    boolean denied(int[] range) {
        boolean asked = range[0] < tokens.size() && rules.questionOpeners.matchAt(tokens, range[0]) > 0;
        return asked || rules.hypotheticals.find(tokens, range[0], range[1]) >= 0 || negated(range);
    }

    /** Whether a clause denies what it says; "not only ... but also" does not. */
    boolean negated(int[] range) {
        for (int i = range[0]; i < range[1]; i++) {
            if (rules.negations.matchAt(tokens, i) > 0 && rules.negationExceptions.matchAt(tokens, i) == 0) {
                return true;
            }
        }
        return false;
    }

    boolean hedged(int[] range) {
        return rules.hedges.find(tokens, range[0], range[1]) >= 0;
    }

    // --- building ---------------------------------------------------------------------------------------------

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
        Mention owner = null;
        var chain = new ArrayList<List<Mention>>();
        var owners = new ArrayList<Mention>();
        boolean coordinated = false;
        for (int u = 0; u < units.size(); u++) {
            var unit = units.get(u);
            Mention head = unit.get(0);
            if (u + 1 < units.size() && unit.size() == 1 && head.possessive()
                    && units.get(u + 1).get(0).first() == head.last() + 1) {
                owner = head;      // "Elon Musks xAI": the owner describes the next name
                continue;
            }
            if (!chain.isEmpty()) {
                int link = link(chain.get(chain.size() - 1).get(0).last(), owner != null ? owner.first()
                        : head.first());
                if (link == 0) {
                    flush(chain, owners, coordinated);
                    coordinated = false;
                } else {
                    coordinated = link == 2;
                }
            }
            chain.add(unit);
            owners.add(owner);
            owner = null;
        }
        flush(chain, owners, coordinated);
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
        boolean coordinator = false;
        for (int i = previousLast + 1; i < nextFirst; i++) {
            Token token = tokens.get(i);
            if (rules.coordinators.contains(token)) {
                coordinator = true;
            } else if (coordinator && token.lower().equals(markerOfChain(previousLast))) {
                continue;   // "mit Google Search und mit Microsofts Bing": the marker said again
            } else if (!token.is(",") && (token.isPunctuation() || rules.markers.contains(token) || trigger[i])) {
                return 0;
            }
        }
        return coordinator ? 2 : 1;
    }

    /** The marker of the name ending at {@code last}, looked up before its list is built. */
    private String markerOfChain(int last) {
        int first = last;
        while (first > 0 && covered[first - 1]) {
            first--;
        }
        return markerBefore(first);
    }

    /** A chain of names is one list only when a coordinator closes it: "A, B and C", not "Azure, Microsoft's ...". */
    private void flush(List<List<Mention>> chain, List<Mention> owners, boolean coordinated) {
        if (chain.isEmpty()) {
            return;
        }
        if (coordinated) {
            var members = chain.stream().flatMap(List::stream).toList();
            var owned = new HashMap<Mention, Mention>();
            for (int i = 0; i < chain.size(); i++) {
                if (owners.get(i) != null) {
                    owned.put(chain.get(i).get(0), owners.get(i));
                }
            }
            int first = owners.get(0) != null ? owners.get(0).first() : members.get(0).first();
            groups.add(new Group(members, first, members.get(members.size() - 1).last(), markerBefore(first),
                    Map.copyOf(owned)));
        } else {
            for (int i = 0; i < chain.size(); i++) {
                var unit = chain.get(i);
                Mention owner = owners.get(i);
                int first = owner != null ? owner.first() : unit.get(0).first();
                groups.add(new Group(List.copyOf(unit), first, unit.get(0).last(), markerBefore(first),
                        owner == null ? Map.of() : Map.of(unit.get(0), owner)));
            }
        }
        chain.clear();
        owners.clear();
    }

    /**
     * The role-marking word before a name. Past an example word ("tools such as ChatGPT", "Produkte wie Bing") the
     * name takes the marker of what it exemplifies: the one before that noun, or the name's before it. A filler
     * ("unter anderem") ends the search: what follows it is unmarked.
     */
    private String markerBefore(int first) {
        int reach = MARKER_REACH;
        // A hyphenated compound is one word of the reach: "in das Start-up Mistral AI", "in the French start-up …".
        int compounds = 0;
        for (int i = first - 1; i >= 0 && i >= first - reach - compounds; i--) {
            Token token = tokens.get(i);
            if (joinsCompound(i)) {
                compounds += 2;
                continue;
            }
            if (!covered[i] && token.isNumber()) {
                return null;    // "nam in 2024 Inflection AI over": the marker belongs to the date or amount
            }
            if (filler[i]) {
                // "opgericht door onder anderen Arthur Mensch": the marker right before the filler still marks;
                // "nutzt für seine Antworten unter anderem Claude": past a noun, Claude is the object itself
                int before = i;
                while (before > 0 && filler[before - 1]) {
                    before--;
                }
                Token marker = before > 0 ? tokens.get(before - 1) : null;
                return marker != null && rules.markers.contains(marker) ? marker.lower() : null;
            }
            if (rules.examples.contains(token) && reach == MARKER_REACH) {
                reach += MARKER_REACH;
                continue;
            }
            if (rules.markers.contains(token)) {
                return token.lower();
            }
            if (rules.relativePronouns.contains(token) && !articleAt(i)) {
                return null;    // "on which Anthropic trains": the marker belongs to the relative pronoun
            }
            if (covered[i] && reach > MARKER_REACH) {
                Group before = holding(i);
                return before == null ? null : before.marker();
            }
            if (covered[i] && placeAt(i)) {
                continue;   // "in the San Francisco company": a place name qualifies the noun
            }
            if ((token.isPunctuation() && !token.is("-")) || covered[i] || trigger[i]) {
                return null;
            }
        }
        return null;
    }

    // German and Dutch articles double as relative pronouns: after a marker that no comma opens, "das" is the
    // article of "in das Start-up Mistral AI", not the pronoun of ", in das Anthropic investiert".
    private boolean articleAt(int at) {
        return rules.determiners.contains(tokens.get(at)) && at > 0 && rules.markers.contains(tokens.get(at - 1))
                && (at < 2 || !tokens.get(at - 2).is(","));
    }

    private boolean joinsCompound(int at) {
        return at > 0 && at + 1 < tokens.size() && tokens.get(at).is("-") && !tokens.get(at).spaceBefore()
                && !tokens.get(at + 1).spaceBefore();
    }

    private boolean placeAt(int token) {
        return mentions.stream().anyMatch(m -> m.first() <= token && token <= m.last()
                && m.kind() == EntityKind.REGION && m.via() == Mention.Via.NAME);
    }

    private void buildClauses() {
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean dash = token.is("-") && token.spaceBefore() && (i + 1 == tokens.size()
                    || tokens.get(i + 1).spaceBefore());
            clauseOf[i] = clauses.size();
            if ((CLAUSE_ENDS.contains(token.text()) && !insideList(i)) || dash) {
                clauses.add(new int[] {start, i});
                start = i + 1;
            }
        }
        clauses.add(new int[] {start, tokens.size()});
    }

    private boolean insideList(int token) {
        return groups.stream().anyMatch(g -> g.members().size() > 1 && g.first() < token && token < g.last());
    }
}
