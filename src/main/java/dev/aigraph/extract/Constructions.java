package dev.aigraph.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.aigraph.extract.Clauses.Antecedent;
import dev.aigraph.extract.Clauses.Group;
import dev.aigraph.extract.Mention.Entity;
import dev.aigraph.extract.Mention.Via;
import dev.aigraph.graph.EntityKind;
import dev.aigraph.graph.RelationType;

/**
 * Facts a sentence states without a verb: owners ("OpenAI's ChatGPT", "het o1-model van OpenAI", "its own model
 * o1", "Azure, Microsofts Cloud-Plattform"), where something is from ("the Chinese company DeepSeek", "das Berliner
 * Start-up X", "X, ein Investor aus Abu Dhabi") and job titles ("Microsoft-CEO Satya Nadella", "Lisa Su, AMD's chief
 * executive"). Only a denial in the clause stops them: "instead of Microsoft's models" still says whose models they
 * are.
 */
final class Constructions {

    private static final Set<EntityKind> OWNED = EnumSet.of(EntityKind.AI_MODEL, EntityKind.PRODUCT,
            EntityKind.CLOUD_PLATFORM);
    private static final Set<EntityKind> LOCATED = EnumSet.of(EntityKind.ORGANIZATION, EntityKind.PROJECT);

    private final Rules rules;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final Clauses clauses;
    private final Function<String, Entity> places;
    private final int index;
    private final Consumer<Candidate> facts;

    Constructions(Rules rules, List<Token> tokens, List<Mention> mentions, Clauses clauses,
                  Function<String, Entity> places, int index, Consumer<Candidate> facts) {
        this.rules = rules;
        this.tokens = tokens;
        this.mentions = mentions;
        this.clauses = clauses;
        this.places = places;
        this.index = index;
        this.facts = facts;
    }

    void read() {
        readOwners();
        readPlaces();
        readTitles();
        readUses();
        readSupplies();
    }

    // --- uses and supplies ------------------------------------------------------------------------------------

    /** "Ersatzlösungen für ChatGPT in seinen Copilot-Produkten", "Claude in Microsoft Teams". */
    private void readUses() {
        for (Group model : clauses.groups()) {
            int at = model.last() + 1;
            if (model.members().size() != 1 || !OWNED.contains(model.head().kind()) || at >= tokens.size()
                    || rules.usedIn.matchAt(tokens, at) == 0) {
                continue;
            }
            Group product = ownedAfter(at + rules.usedIn.matchAt(tokens, at));
            if (product != null && !clauses.denied(clauses.rangeOf(at))) {
                for (Mention user : product.members()) {
                    if (user.kind() == EntityKind.PRODUCT && !user.entity().id().equals(model.head().entity().id())) {
                        emit(user.entity(), RelationType.USES_MODEL, model.head().entity(),
                                0.7 - user.doubt() - model.head().doubt(), "used in", clauses.hedged(clauses.rangeOf(at)),
                                null);
                    }
                }
            }
        }
    }

    /**
     * "mit NVIDIA-chips", "Nvidia's GPUs", "de GPU's van NVIDIA": the maker of the goods supplies the clause's
     * subject, the organisation that has or uses them.
     */
    private void readSupplies() {
        for (int i = 0; i < tokens.size(); i++) {
            if (clauses.covered(i)) {
                continue;
            }
            if (rules.cloudGoods.matchAt(tokens, i) > 0) {
                readHosting(i);
            }
            if (rules.suppliedGoods.matchAt(tokens, i) == 0) {
                continue;
            }
            Mention maker = makerOfGoods(i, EntityKind.ORGANIZATION);
            int[] range = clauses.rangeOf(i);
            if (maker == null || clauses.denied(range)) {
                continue;
            }
            final int goods = i;
            // The clause's own subject first, else the sentence's ("Dat een start-up het met goedkopere, minder
            // krachtige NVIDIA-chips kan").
            clauses.groups().stream().filter(g -> g.marker() == null && g.last() < goods
                            && g.members().size() == 1 && g.head().kind() == EntityKind.ORGANIZATION
                            && !g.head().entity().id().equals(maker.entity().id()))
                    .min((a, b) -> Boolean.compare(b.first() >= range[0], a.first() >= range[0]))
                    .ifPresent(user -> emit(maker.entity(), RelationType.SUPPLIES, user.head().entity(),
                            0.75 - maker.doubt() - user.head().doubt(), "supplied goods", clauses.hedged(range), null));
        }
    }

    /**
     * "Azure-datacenters", "Azure data centres": whoever the sentence is about (its first unmarked organisation) runs
     * on that cloud.
     */
    private void readHosting(int goods) {
        Mention cloud = makerOfGoods(goods, EntityKind.CLOUD_PLATFORM);
        // Capacity "from Google Cloud" is bought, which the compute patterns read; only the cloud's own data
        // centres, named as a compound, say where something runs.
        if (cloud == null || cloud.last() >= goods || clauses.negated(clauses.rangeOf(goods))) {
            return;
        }
        clauses.groups().stream().filter(g -> g.marker() == null && g.members().size() == 1
                        && g.head().kind() == EntityKind.ORGANIZATION && !clauses.ownerOnly(g)).findFirst()
                .ifPresent(user -> emit(user.head().entity(), RelationType.RUNS_ON, cloud.entity(),
                        0.65 - user.head().doubt(), "cloud goods", clauses.hedged(clauses.rangeOf(goods)), null));
    }

    /**
     * The maker whose goods a word names: "NVIDIA-chips", "NVIDIA chips", "Nvidia's GPUs", "GPU's van NVIDIA".
     */
    private Mention makerOfGoods(int goods, EntityKind kind) {
        for (Mention mention : mentions) {
            if (mention.kind() != kind) {
                continue;
            }
            boolean compound = mention.modifier() && mention.last() + 2 == goods
                    || !mention.possessive() && mention.last() + 1 == goods;
            boolean possessive = mention.possessive() && mention.last() + 1 == goods;
            int owner = goods + 1;
            boolean ownedBy = owner < tokens.size() && rules.ownedBy.matchAt(tokens, owner) > 0
                    && mention.first() == owner + rules.ownedBy.matchAt(tokens, owner);
            if (compound || possessive || ownedBy) {
                return mention;
            }
        }
        return null;
    }

    // --- owners -----------------------------------------------------------------------------------------------

    private void readOwners() {
        for (Group group : clauses.groups()) {
            // "Elon Musks xAI", "Anthropics Claude und OpenAIs GPT-4o": each owner its own name.
            group.owners().forEach((owned, owner) -> own(owner, Group.of(owned), "possessive"));
        }
        for (Mention owner : mentions) {
            boolean ownsNext = clauses.groups().stream().anyMatch(g -> g.owners().containsValue(owner));
            if (!owner.possessive() || ownsNext) {
                continue;
            }
            Group owned = ownedAfter(owner.last() + 1);
            if (owned != null) {
                own(owner, owned, "possessive");
            } else if (owner.first() >= 2 && tokens.get(owner.first() - 1).is(",")) {
                Group described = clauses.groups().stream().filter(g -> g.last() == owner.first() - 2).findFirst()
                        .orElse(null);
                if (described != null) {
                    own(owner, described, "apposition");
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            boolean relative = rules.relativePossessives.contains(tokens.get(i));
            boolean own = rules.ownPossessives.contains(tokens.get(i));
            if (clauses.covered(i) || !relative && !own && !rules.possessives.contains(tokens.get(i))) {
                continue;
            }
            Group owned = ownedAfter(i + 1);
            Group owner = relative ? hungOn(i) : own ? sentenceSubjectBefore(i) : subjectBefore(i);
            if (owned != null && owner != null && owner.members().size() == 1
                    && owner.head().kind() == EntityKind.ORGANIZATION) {
                own(owner.head(), owned, relative ? "relative possessive" : "possessive pronoun");
            }
        }
        for (Group owned : clauses.groups()) {
            if (OWNED.contains(owned.head().kind()) && owned.members().size() == 1) {
                makerAfter(owned);
            }
        }
    }

    /** "OpenAI, whose ChatGPT": the name before the comma. */
    private Group hungOn(int pronoun) {
        if (pronoun < 2 || !tokens.get(pronoun - 1).is(",")) {
            return null;
        }
        return clauses.groups().stream().filter(g -> g.last() == pronoun - 2).findFirst().orElse(null);
    }

    /**
     * Whose "its own model" is: the subject of the pronoun's clause (the name a relative clause hangs on, or its first
     * unmarked organisation), else the sentence's first unmarked organisation before it.
     */
    private Group subjectBefore(int pronoun) {
        int clause = clauses.clauseOf(pronoun);
        Antecedent antecedent = clauses.antecedent(clause);
        if (antecedent != null && antecedent.kind() == Antecedent.Kind.SUBJECT_RELATIVE) {
            return antecedent.group();
        }
        int[] range = clauses.range(clause);
        return clauses.groups().stream().filter(g -> g.marker() == null && g.last() < pronoun
                        && g.first() >= range[0] && g.head().kind() == EntityKind.ORGANIZATION).findFirst()
                .orElseGet(() -> sentenceSubjectBefore(pronoun));
    }

    /** The sentence's first unmarked organisation before a word: whose "own products" they are. */
    private Group sentenceSubjectBefore(int at) {
        return clauses.groups().stream().filter(g -> g.marker() == null && g.last() < at
                && g.head().kind() == EntityKind.ORGANIZATION).findFirst().orElse(null);
    }

    /** "het o1 model van OpenAI", "das o1-Modell von OpenAI", "GPT-5 by OpenAI". */
    private void makerAfter(Group owned) {
        int at = owned.last() + 1;
        if (at + 1 < tokens.size() && tokens.get(at).is("-") && !tokens.get(at).spaceBefore()) {
            at += 2;
        } else if (at < tokens.size() && !tokens.get(at).isPunctuation() && !clauses.covered(at)
                && !rules.markers.contains(tokens.get(at)) && rules.ownedBy.matchAt(tokens, at) == 0) {
            at++;
        }
        int length = at < tokens.size() ? rules.ownedBy.matchAt(tokens, at) : 0;
        if (length == 0) {
            return;
        }
        Group maker = clauses.startingAt(at + length);
        if (maker != null && maker.members().size() == 1 && maker.head().kind() == EntityKind.ORGANIZATION) {
            own(maker.head(), owned, "owned by");
        }
    }

    /** The model, product or cloud (or list of them) an owner word stands before, a few words on at most. */
    private Group ownedAfter(int from) {
        for (int i = from; i < Math.min(tokens.size(), from + Clauses.MARKER_REACH); i++) {
            Group group = clauses.startingAt(i);
            if (group != null) {
                return group;
            }
            Token token = tokens.get(i);
            if (rules.examples.matchAt(tokens, i) > 0) {
                continue;
            }
            if ((token.isPunctuation() && !token.is("-")) || rules.markers.contains(token) || clauses.isTrigger(i)) {
                return null;
            }
        }
        return null;
    }

    private void own(Mention owner, Group owned, String how) {
        boolean hedged = clauses.hedged(clauses.rangeOf(Math.max(0, owned.first())));
        for (Mention member : owned.members()) {
            if (owner.kind() == EntityKind.ORGANIZATION && OWNED.contains(member.kind())) {
                emit(owner.entity(), RelationType.DEVELOPS, member.entity(), 0.8 - owner.doubt() - member.doubt(),
                        how, hedged, null);
            } else if (owner.kind() == EntityKind.PERSON && member.kind() == EntityKind.ORGANIZATION) {
                emit(owner.entity(), RelationType.LEADS, member.entity(), 0.7 - owner.doubt() - member.doubt(),
                        how, hedged, null);
            }
        }
    }

    // --- places -----------------------------------------------------------------------------------------------

    /**
     * Where organisations and projects are from: a nationality adjective or a city adjective ("Berliner") before the
     * name or in the description that names it, "London-based", and an origin phrase ("aus Abu Dhabi", "uit Peking")
     * in a clause describing a name.
     */
    private void readPlaces() {
        for (int i = 0; i < tokens.size(); i++) {
            for (var nationality : rules.nationalities.entrySet()) {
                int length = nationality.getValue().matchAt(tokens, i);
                if (length > 0 && titleAt(i + length) == null) {
                    locate(described(i, length), places.apply(nationality.getKey()), "nationality");
                }
            }
            Entity cityAdjective = placeAdjective(i);
            if (cityAdjective != null) {
                locate(described(i, 1), cityAdjective, "place adjective");
            }
            int origin = rules.origins.matchAt(tokens, i);
            if (origin > 0) {
                Group place = clauses.startingAt(i + origin);
                if (place != null && place.head().kind() == EntityKind.REGION && place.members().size() == 1) {
                    locate(originOf(i), place.head().entity(), "origin");
                }
            }
        }
        for (Mention mention : mentions) {
            Group next = clauses.startingAt(mention.last() + 1);
            if (mention.kind() == EntityKind.REGION && !mention.modifier() && next != null
                    && mention.via() == Via.NAME) {
                locate(next, mention.entity(), "place before name");    // "the Paris company", "het Pekingse"
            }
            boolean based = mention.kind() == EntityKind.REGION && mention.modifier()
                    && mention.last() + 2 < tokens.size() && rules.placeCompounds.contains(tokens.get(mention.last() + 2));
            if (based) {
                locate(described(mention.last() + 2, 1), mention.entity(), "place compound");
            }
        }
    }

    /** "Berliner" is Berlin when the language makes city adjectives with -er and the gazetteer knows Berlin. */
    private Entity placeAdjective(int at) {
        Token token = tokens.get(at);
        String ending = rules.placeAdjectiveEnding;
        if (ending == null || !token.capitalised() || !token.lower().endsWith(ending)
                || token.text().length() <= ending.length() + 2 || clauses.covered(at)) {
            return null;
        }
        Entity place = places.apply(token.text().substring(0, token.text().length() - ending.length()));
        return place != null && place.kind() == EntityKind.REGION ? place : null;
    }

    private void locate(Group located, Entity place, String how) {
        if (located == null || place == null) {
            return;
        }
        for (Mention member : located.members()) {
            if (LOCATED.contains(member.kind())) {
                emit(member.entity(), RelationType.BASED_IN, place, 0.85 - member.doubt(), how, false, null);
            }
        }
    }

    /**
     * The name a place word at {@code at} describes: the description holding it ("het Franse bedrijf"), the next
     * name within a few words ("dem chinesischen Unternehmen DeepSeek", also inside a list), or else the name the
     * clause is in apposition to ("Moonshot AI, de Chinese start-up achter Kimi").
     */
    private Group described(int at, int length) {
        var holding = mentions.stream().filter(m -> m.first() <= at && at <= m.last()).findFirst().orElse(null);
        if (holding != null) {
            // "het Franse bedrijf": a description or a phrase pointing back, not a name ("Amerikaanse AI-suprematie")
            return holding.via() == Via.DESCRIPTION || holding.via() == Via.ANAPHOR ? Group.of(holding) : null;
        }
        int words = 0;
        for (int i = at + length; i < tokens.size() && words < 3; i++) {
            if (tokens.get(i).is("-") && !tokens.get(i).spaceBefore()) {
                continue;   // "the French start-up Mistral AI": a compound is one word
            }
            words++;
            Group group = clauses.startingAt(i);
            if (group != null) {
                return group;
            }
            final int position = i;
            var member = mentions.stream().filter(m -> m.first() == position).findFirst().orElse(null);
            if (member != null) {
                return Group.of(member);
            }
            Token token = tokens.get(i);
            if (token.isPunctuation() && !token.is("-") || rules.markers.contains(token) || clauses.isTrigger(i)) {
                break;
            }
        }
        return inAppositionTo(at);
    }

    /** What "aus Abu Dhabi" tells the origin of: the name described by the clause, or the clause's first name. */
    private Group originOf(int at) {
        Group apposed = inAppositionTo(at);
        if (apposed != null) {
            return apposed;
        }
        int[] range = clauses.rangeOf(at);
        return clauses.groups().stream().filter(g -> g.first() >= range[0] && g.last() < at && g.marker() == null)
                .findFirst().orElse(null);
    }

    private Group inAppositionTo(int at) {
        Antecedent antecedent = clauses.antecedent(clauses.clauseOf(at));
        return antecedent != null && antecedent.kind() == Antecedent.Kind.APPOSITION ? antecedent.group() : null;
    }

    // --- titles -----------------------------------------------------------------------------------------------

    /**
     * "Microsoft-CEO Satya Nadella", "OpenAI CEO Sam Altman", "Amerikaans president Trump" (the nationality names
     * the place led), "Sam Altman, CEO of OpenAI", "Demis Hassabis, Chef von Googles KI-Tochter Google DeepMind",
     * "Lisa Su, AMD's chief executive".
     */
    private void readTitles() {
        for (Group group : clauses.groups()) {
            Mention person = group.head();
            if (person.kind() == EntityKind.PERSON && group.members().size() == 1) {
                titleBefore(person);
                titleAfter(person);
            }
        }
    }

    private void titleBefore(Mention person) {
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
            clauses.groups().stream().filter(g -> g.last() == end && g.members().size() == 1).findFirst()
                    .ifPresent(org -> titled(person, title, org.head().entity()));
            for (var nationality : rules.nationalities.entrySet()) {
                for (int n = Math.max(0, end - 2); n >= 0 && n <= end; n++) {
                    if (nationality.getValue().matchAt(tokens, n) == end - n + 1) {
                        Entity place = places.apply(nationality.getKey());
                        if (place != null) {
                            titled(person, title, place);
                        }
                    }
                }
            }
        }
    }

    private void titleAfter(Mention person) {
        int comma = person.last() + 1;
        if (comma + 1 >= tokens.size() || !tokens.get(comma).is(",")) {
            return;
        }
        // "Lisa Su, AMD's chief executive"
        Group owner = clauses.startingAt(comma + 1);
        if (owner != null && owner.members().size() == 1 && owner.head().possessive()) {
            Rules.Title title = titleAt(owner.last() + 1);
            if (title != null) {
                titled(person, title, owner.head().entity());
            }
            return;
        }
        // "Dario Amodei, the chief executive of Anthropic": an article may open the title.
        int at = comma + 1;
        while (at < tokens.size() && rules.determiners.contains(tokens.get(at))
                && !rules.possessives.contains(tokens.get(at))) {
            at++;
        }
        Rules.Title title = titleAt(at);
        if (title == null) {
            return;
        }
        int marker = at + title.words().matchAt(tokens, at);
        if (marker >= tokens.size() || !rules.markers.contains(tokens.get(marker))) {
            return;
        }
        // The organisation itself, not an owner before it: "Chef von Googles KI-Tochter Google DeepMind".
        for (int i = marker + 1; i < Math.min(tokens.size(), marker + 2 + Clauses.MARKER_REACH); i++) {
            Group org = clauses.startingAt(i);
            if (org != null && !clauses.ownerOnly(org)) {
                titled(person, title, org.head().entity());
                return;
            }
            if (tokens.get(i).isPunctuation() && !tokens.get(i).is("-")) {
                return;
            }
        }
    }

    private Rules.Title titleAt(int at) {
        if (at >= tokens.size()) {
            return null;
        }
        return rules.titles.stream().filter(t -> t.words().matchAt(tokens, at) > 0).findFirst().orElse(null);
    }

    private void titled(Mention person, Rules.Title title, Entity of) {
        if (title.relation().objectKinds().contains(of.kind()) && !clauses.negated(clauses.rangeOf(person.first()))) {
            emit(person.entity(), title.relation(), of, 0.85, "title", false, title.role());
        }
    }

    private void emit(Entity subject, RelationType relation, Entity object, double confidence, String how,
                      boolean hedged, String role) {
        var fact = Candidate.of(subject, relation, object, index, confidence, how).withHedged(hedged);
        facts.accept(role == null ? fact : fact.withRole(role));
    }
}
