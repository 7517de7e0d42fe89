package dev.aigraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.aigraph.extract.Mention.Entity;
import dev.aigraph.extract.Mention.Via;
import dev.aigraph.graph.EntityKind;
import dev.aigraph.normalize.Language;
import dev.aigraph.resolve.Gazetteer;
import dev.aigraph.resolve.GazetteerEntry;
import dev.aigraph.resolve.NameKey;

/**
 * Finds the entities a sentence mentions: gazetteer names and aliases, also possessive ("OpenAI's", "Microsofts")
 * and as the first part of a compound ("Copilot-abonnementen"); gazetteer descriptions ("de techreus") and pointing
 * phrases ("the company", "dieses Projekt") when the discourse makes the referent clear; and capitalised names the
 * gazetteer does not know, which become proposals when a relation puts them in an organisation's role.
 */
final class MentionFinder {

    private static final int LONGEST_NAME = 6;
    private static final Pattern POSSESSIVE_END = Pattern.compile("(?:['’]s|s['’]|['’]|s)$");

    private final Gazetteer gazetteer;
    /** The first word of every name and alias, lower case, so most words need no lookup at all. */
    private final Set<String> firstWords = new HashSet<>();
    private final Map<Language, List<Description>> descriptions = new HashMap<>();

    private record Description(List<String> words, GazetteerEntry entry) {
    }

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (GazetteerEntry entry : gazetteer.entries()) {
            var names = new ArrayList<String>();
            names.add(entry.name());
            names.addAll(entry.aliases());
            for (String name : names) {
                var tokens = Segmenter.tokens(name, Language.EN);
                if (!tokens.isEmpty()) {
                    firstWords.add(tokens.get(0).lower());
                }
            }
            entry.descriptions().forEach((code, phrases) -> Language.parse(code).ifPresent(language -> {
                for (String phrase : phrases) {
                    var words = Segmenter.tokens(phrase, language).stream().map(Token::lower).toList();
                    descriptions.computeIfAbsent(language, l -> new ArrayList<>()).add(new Description(words, entry));
                }
            }));
        }
        descriptions.values().forEach(list -> list.sort(Comparator.comparingInt((Description d) -> d.words().size())
                .reversed()));
    }

    /**
     * The mentions of one sentence, in text order, none overlapping; records the names in the discourse.
     *
     * @param text the document the sentence's token offsets point into
     */
    List<Mention> find(String text, Sentence sentence, Rules rules, Discourse discourse) {
        List<Token> tokens = sentence.tokens();
        var covered = new boolean[tokens.size()];
        var mentions = new ArrayList<Mention>();
        findNames(text, tokens, covered, mentions);
        findOwnedNames(text, tokens, rules, covered, mentions);
        mentions.forEach(m -> discourse.named(m.entity()));
        findDescriptions(tokens, rules.language, covered, mentions, discourse);
        findAnaphors(tokens, rules, covered, mentions, discourse);
        boolean[] figures = sentence.figureTokens();
        for (int i = 0; i < tokens.size(); i++) {
            covered[i] |= figures[i];
        }
        findUnknownNames(text, tokens, rules, covered, mentions);
        mentions.sort(Comparator.comparingInt(Mention::first));
        return mentions;
    }

    private void findNames(String text, List<Token> tokens, boolean[] covered, List<Mention> mentions) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isPunctuation() || !(firstWords.contains(token.lower())
                    || firstWords.contains(POSSESSIVE_END.matcher(token.lower()).replaceFirst("")))) {
                continue;
            }
            for (int n = Math.min(LONGEST_NAME, tokens.size() - i); n >= 1; n--) {
                int last = i + n - 1;
                if (tokens.get(last).isPunctuation()) {
                    continue;
                }
                String surface = text.substring(token.start(), tokens.get(last).end());
                GazetteerEntry entry = unambiguous(gazetteer.named(surface), surface);
                if (entry == null || !writtenAsName(surface, entry)) {
                    continue;
                }
                boolean modifier = last + 2 < tokens.size() && tokens.get(last + 1).is("-")
                        && !tokens.get(last + 1).spaceBefore() && !tokens.get(last + 2).spaceBefore();
                mentions.add(new Mention(i, last, entity(entry), Via.NAME, !Gazetteer.namesExactly(entry, surface),
                        modifier));
                mark(covered, i, last);
                i = last;
                break;
            }
        }
    }

    /**
     * The entry a name means: the only one, or of several the one whose own name it is ("Gemini" is the model's name
     * and only an alias of the app); null when that does not decide.
     */
    private static GazetteerEntry unambiguous(List<GazetteerEntry> found, String surface) {
        if (found.size() == 1) {
            return found.get(0);
        }
        String key = NameKey.of(POSSESSIVE_END.matcher(surface).replaceFirst(""));
        var named = found.stream().filter(e -> NameKey.of(e.name()).equals(NameKey.of(surface))
                || NameKey.of(e.name()).equals(key)).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /**
     * A word starting in lower case is a name only where the name itself is written exactly so ("xAI", "o1", "for
     * Government"): "arm" is not Arm, "for government contracts" not OpenAI for Government.
     */
    private static boolean writtenAsName(String surface, GazetteerEntry entry) {
        if (!Character.isLowerCase(surface.codePointAt(0))) {
            return true;
        }
        String stem = POSSESSIVE_END.matcher(surface).replaceFirst("");
        return entry.name().equals(surface) || entry.name().equals(stem) || entry.aliases().contains(surface)
                || entry.aliases().contains(stem);
    }

    private void findDescriptions(List<Token> tokens, Language language, boolean[] covered, List<Mention> mentions,
                                  Discourse discourse) {
        for (Description description : descriptions.getOrDefault(language, List.of())) {
            int size = description.words().size();
            for (int i = 0; i + size <= tokens.size(); i++) {
                if (free(covered, i, i + size - 1) && wordsAt(tokens, i, description.words())
                        && discourse.recentlyNamed(description.entry().id())) {
                    mentions.add(new Mention(i, i + size - 1, entity(description.entry()), Via.DESCRIPTION, false,
                            false));
                    mark(covered, i, i + size - 1);
                }
            }
        }
    }

    /**
     * "The company" means the organisation recent sentences were about, "this project" the last project named, "the
     * two companies" the two parties of the last fact between two. Not when a name follows at once ("the company
     * DeepSeek"): then the phrase only describes that name.
     */
    private void findAnaphors(List<Token> tokens, Rules rules, boolean[] covered, List<Mention> mentions,
                              Discourse discourse) {
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i]) {
                continue;
            }
            int length;
            List<Entity> meant = List.of();
            if ((length = rules.pairAnaphors.matchAt(tokens, i)) > 0) {
                meant = discourse.lastPair();
            } else if ((length = rules.projectAnaphors.matchAt(tokens, i)) > 0) {
                meant = discourse.lastProject() == null ? List.of() : List.of(discourse.lastProject());
            } else if ((length = rules.organizationAnaphors.matchAt(tokens, i)) > 0
                    || (length = rules.subjectPronouns.matchAt(tokens, i)) > 0) {
                meant = organizationBefore(tokens, i, mentions, rules, discourse);
            } else if ((length = redescription(tokens, i, rules, covered)) > 0) {
                meant = placedOrganization(tokens, i, length, rules, discourse);
            } else {
                int noun = companyNoun(tokens, i, rules, covered);
                if (noun >= 0) {
                    // With a place between ("the San Francisco company") the place keeps its mention.
                    int first = free(covered, i, noun) ? i : noun;
                    mentions.add(new Mention(first, noun, organizationBefore(tokens, i, mentions, rules, discourse)
                            .stream().findFirst().orElse(null), Via.ANAPHOR, false, false));
                    if (mentions.get(mentions.size() - 1).entity() == null) {
                        mentions.remove(mentions.size() - 1);
                    } else {
                        mark(covered, first, noun);
                    }
                    i = noun;
                }
                continue;
            }
            int last = i + length - 1;
            if (length == 0 || meant.isEmpty() || !free(covered, i, last)
                    || (last + 1 < tokens.size() && covered[last + 1])) {
                continue;
            }
            for (Entity entity : meant) {
                mentions.add(new Mention(i, last, entity, Via.ANAPHOR, false, false));
            }
            mark(covered, i, last);
            i = last;
        }
    }

    /**
     * The organisation "the company" means: one this sentence named before it, in an earlier clause ("Microsofts
     * Ansatz ...: Das Unternehmen setzt ...") or later than the clause's first name ("Brockman, der OpenAI
     * mitgegründet hat und für das Unternehmen arbeitet"), but not the clause's own subject ("Amazon is preparing
     * an investment in the company"); else the one recent sentences were about.
     */
    private static List<Entity> organizationBefore(List<Token> tokens, int at, List<Mention> mentions, Rules rules,
                                                   Discourse discourse) {
        // After a role-marking word ("holds a stake in the company") the phrase is an object, and the subject of its
        // own clause ("Its largest backer, Microsoft, holds ...": no other name between) is not what it points to.
        boolean object = at > 0 && rules.markers.contains(tokens.get(at - 1));
        for (Mention mention : mentions) {
            if (mention.last() >= at || mention.via() != Via.NAME || mention.kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            boolean ownSubject = mention == mentions.get(0)
                    && mentions.stream().noneMatch(m -> m.first() > mention.last() && m.last() < at);
            if (object && ownSubject) {
                continue;
            }
            boolean earlierClause = tokens.subList(mention.last() + 1, at).stream().anyMatch(MentionFinder::endsClause);
            int segment = mention.first();
            while (segment > 0 && !endsClause(tokens.get(segment - 1))) {
                segment--;
            }
            final int from = segment;
            boolean firstOfClause = mentions.stream().noneMatch(m -> m.first() >= from && m.first() < mention.first());
            // "Brockman, der OpenAI mitgegründet hat": after a relative pronoun the first name is its object.
            boolean afterRelative = segment < mention.first() && rules.relativePronouns.contains(tokens.get(segment));
            if (earlierClause || !firstOfClause || afterRelative) {
                return List.of(mention.entity());
            }
        }
        return discourse.lastSubject() == null ? List.of() : List.of(discourse.lastSubject());
    }

    /**
     * "een kleine Chinese start-up": an indefinite article, a nationality and a company noun within four words, no
     * name after. Its length, or 0.
     */
    private static int redescription(List<Token> tokens, int at, Rules rules, boolean[] covered) {
        if (rules.indefiniteArticles.matchAt(tokens, at) != 1) {
            return 0;
        }
        // "DeepSeek, eveneens een Chinees bedrijf": in apposition the phrase describes the name before it.
        boolean apposition = at >= 1 && tokens.get(at - 1).is(",") || at >= 2 && tokens.get(at - 2).is(",");
        if (apposition) {
            return 0;
        }
        boolean nationality = false;
        for (int i = at + 1; i < Math.min(tokens.size(), at + 6); i++) {
            final int position = i;
            nationality |= rules.nationalities.values().stream().anyMatch(words -> words.matchAt(tokens, position) > 0);
            if (covered[i] || tokens.get(i).isPunctuation() && !tokens.get(i).is("-")) {
                return 0;
            }
            int noun = rules.companyNouns.matchAt(tokens, i);
            if (nationality && noun > 0) {
                int last = i + noun - 1;
                boolean nameFollows = last + 1 < tokens.size() && covered[last + 1];
                return nameFollows ? 0 : last - at + 1;
            }
        }
        return 0;
    }

    private List<Entity> placedOrganization(List<Token> tokens, int at, int length, Rules rules, Discourse discourse) {
        for (var nationality : rules.nationalities.entrySet()) {
            if (nationality.getValue().find(tokens, at, at + length) >= 0) {
                List<GazetteerEntry> place = gazetteer.named(nationality.getKey());
                Entity meant = place.size() == 1 ? discourse.recentlyPlacedIn(place.get(0).id()) : null;
                return meant == null ? List.of() : List.of(meant);
            }
        }
        return List.of();
    }

    private static boolean endsClause(Token token) {
        return token.is(",") || token.is(";") || token.is(":") || token.is("–") || token.is("—");
    }

    /**
     * "the San Francisco company", "de Amerikaanse cloudaanbieder": a definite article, at most two words (a place
     * name among them) and a company noun, with no name right after. The company noun's position, or -1.
     */
    private static int companyNoun(List<Token> tokens, int at, Rules rules, boolean[] covered) {
        if (rules.definiteArticles.matchAt(tokens, at) != 1) {
            return -1;
        }
        for (int noun = at + 1; noun <= Math.min(tokens.size() - 1, at + 3); noun++) {
            Token token = tokens.get(noun);
            if (token.isPunctuation() && !token.is("-")) {
                return -1;
            }
            if (rules.companyNouns.matchAt(tokens, noun) == 1 && !covered[noun]) {
                boolean nameFollows = noun + 1 < tokens.size() && (covered[noun + 1]
                        || tokens.get(noun + 1).capitalised() && rules.language != Language.DE);
                return nameFollows ? -1 : noun;
            }
        }
        return -1;
    }

    /**
     * "de API van OpenAI", "the API of OpenAI": a word, an owner word and an organisation, when the gazetteer knows
     * the organisation's name followed by the word ("OpenAI API") as a product or model.
     */
    private void findOwnedNames(String text, List<Token> tokens, Rules rules, boolean[] covered,
                                List<Mention> mentions) {
        for (Mention owner : List.copyOf(mentions)) {
            int word = owner.first() - 2;
            if (word < 0 || owner.kind() != EntityKind.ORGANIZATION || covered[word]
                    || rules.ownedBy.matchAt(tokens, word + 1) != 1 || tokens.get(word).isPunctuation()) {
                continue;
            }
            List<GazetteerEntry> found = gazetteer.named(owner.entity().name() + " " + tokens.get(word).text());
            if (found.size() == 1 && found.get(0).kind() != EntityKind.ORGANIZATION) {
                mentions.add(new Mention(word, word, entity(found.get(0)), Via.NAME, false, false));
                covered[word] = true;
            }
        }
    }

    /**
     * Runs of capitalised words the gazetteer does not know. A sentence's first word, and in German every noun, is
     * capitalised anyway, so there a run counts only when it looks like a company name: it has a company word
     * ("Robotics", "Labs"), an inner capital or digit ("DeepL"), or it is two or more words.
     */
    private static void findUnknownNames(String text, List<Token> tokens, Rules rules, boolean[] covered,
                                         List<Mention> mentions) {
        int i = 0;
        while (i < tokens.size()) {
            if (covered[i] || !startsName(tokens.get(i), rules)) {
                i++;
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && !covered[last + 1] && continuesName(tokens.get(last + 1), rules)) {
                last++;
            }
            int first = rules.language == Language.DE ? germanNameStart(tokens, i, last, rules) : i;
            if (first >= 0 && looksLikeCompany(tokens, first, last, rules)) {
                String name = text.substring(tokens.get(first).start(), tokens.get(last).end());
                // Only an apostrophe makes an unknown name possessive: "Partners" is no "Partner's".
                String bare = name.replaceFirst("['’]s?$", "");
                String id = NameKey.slug(bare);
                if (!id.isEmpty()) {
                    mentions.add(new Mention(first, last, new Entity(id, bare, EntityKind.ORGANIZATION, false, null),
                            Via.UNKNOWN_NAME, !bare.equals(name), false));
                    mark(covered, first, last);
                }
            }
            i = last + 1;
        }
    }

    /**
     * In German every noun is capitalised, so a run of capitalised words is a name only from the word before its
     * company word on: "dem Frankfurter Fonds Rheinkapital Partners" proposes "Rheinkapital Partners". -1: none.
     */
    private static int germanNameStart(List<Token> tokens, int first, int last, Rules rules) {
        if (!rules.companyWords.contains(tokens.get(last)) || last == first) {
            return tokens.get(first).text().substring(1).chars().anyMatch(Character::isUpperCase) ? first : -1;
        }
        int start = last;
        while (start > first && rules.companyWords.contains(tokens.get(start))) {
            start--;
        }
        return rules.companyWords.contains(tokens.get(start)) ? -1 : start;
    }

    private static boolean startsName(Token token, Rules rules) {
        return token.capitalised() && !token.isNumber() && !functionWord(token, rules);
    }

    private static boolean continuesName(Token token, Rules rules) {
        return (token.capitalised() || token.is("&")) && !functionWord(token, rules);
    }

    private static boolean functionWord(Token token, Rules rules) {
        return rules.markers.contains(token) || rules.determiners.contains(token) || rules.coordinators.contains(token)
                || rules.possessives.contains(token) || rules.relativePronouns.contains(token)
                || rules.negations.contains(token) || rules.hedges.contains(token)
                || rules.nationalities.values().stream().anyMatch(words -> words.contains(token))
                || rules.titles.stream().anyMatch(title -> title.words().contains(token));
    }

    private static boolean looksLikeCompany(List<Token> tokens, int first, int last, Rules rules) {
        boolean companyWord = false;
        boolean innerCapital = false;
        for (int i = first; i <= last; i++) {
            Token token = tokens.get(i);
            companyWord |= i > first && rules.companyWords.contains(token);
            String word = token.text();
            innerCapital |= word.length() > 2 && !word.equals(word.toUpperCase(Locale.ROOT))
                    && word.substring(1).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        }
        if (companyWord || innerCapital) {
            return true;
        }
        boolean sentenceStart = first == 0 || tokens.get(first - 1).isPunctuation();
        boolean severalWords = last > first;
        boolean acronym = first == last && tokens.get(first).text().length() <= 4
                && tokens.get(first).text().equals(tokens.get(first).text().toUpperCase(Locale.ROOT));
        if (rules.language == Language.DE) {
            return severalWords && !sentenceStart;
        }
        return (!sentenceStart || severalWords) && !acronym;    // "Nebula Forge partners with Oracle."
    }

    private static Entity entity(GazetteerEntry entry) {
        return new Entity(entry.id(), entry.name(), entry.kind(), true, entry.partOf());
    }

    private static boolean wordsAt(List<Token> tokens, int at, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!tokens.get(at + i).lower().equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(boolean[] covered, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] covered, int first, int last) {
        for (int i = first; i <= last; i++) {
            covered[i] = true;
        }
    }
}
