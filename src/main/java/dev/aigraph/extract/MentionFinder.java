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

    /** The mentions of one sentence, in text order, none overlapping; records the names in the discourse. */
    List<Mention> find(String text, List<Token> tokens, Rules rules, Discourse discourse) {
        var covered = new boolean[tokens.size()];
        var mentions = new ArrayList<Mention>();
        findNames(text, tokens, covered, mentions);
        findOwnedNames(text, tokens, rules, covered, mentions);
        mentions.forEach(m -> discourse.named(m.entity()));
        findDescriptions(tokens, rules.language, covered, mentions, discourse);
        findAnaphors(tokens, rules, covered, mentions, discourse);
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
                List<GazetteerEntry> found = gazetteer.named(surface);
                if (found.size() != 1 || !writtenAsName(surface, found.get(0))) {
                    continue;
                }
                GazetteerEntry entry = found.get(0);
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

    /** A lower-case word is a name only where the name itself is written so ("xAI", "o1"): "arm" is not Arm. */
    private static boolean writtenAsName(String surface, GazetteerEntry entry) {
        if (!Character.isLowerCase(surface.codePointAt(0))) {
            return true;
        }
        return Character.isLowerCase(entry.name().codePointAt(0))
                || entry.aliases().stream().anyMatch(a -> Character.isLowerCase(a.codePointAt(0)));
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
    private static void findAnaphors(List<Token> tokens, Rules rules, boolean[] covered, List<Mention> mentions,
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
                meant = organizationBefore(i, mentions, discourse);
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

    /** The organisation "the company" means: the first one this sentence named before it, else the discourse's. */
    private static List<Entity> organizationBefore(int at, List<Mention> mentions, Discourse discourse) {
        for (Mention mention : mentions) {
            if (mention.last() < at && mention.via() == Via.NAME && mention.kind() == EntityKind.ORGANIZATION) {
                return List.of(mention.entity());
            }
        }
        return discourse.lastSubject() == null ? List.of() : List.of(discourse.lastSubject());
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
            if (looksLikeCompany(tokens, i, last, rules)) {
                String name = text.substring(tokens.get(i).start(), tokens.get(last).end());
                String bare = POSSESSIVE_END.matcher(name).replaceFirst("");
                String id = NameKey.slug(bare);
                if (!id.isEmpty()) {
                    mentions.add(new Mention(i, last, new Entity(id, bare, EntityKind.ORGANIZATION, false, null),
                            Via.UNKNOWN_NAME, !bare.equals(name), false));
                    mark(covered, i, last);
                }
            }
            i = last + 1;
        }
    }

    private static boolean startsName(Token token, Rules rules) {
        return token.capitalised() && !Character.isDigit(token.text().codePointAt(0)) && !functionWord(token, rules);
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
        return !sentenceStart && !acronym;
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
