package dev.aigraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aigraph.graph.Amount;
import dev.aigraph.graph.Fact;
import dev.aigraph.graph.FactStatus;
import dev.aigraph.graph.Mention;
import dev.aigraph.graph.PartialDate;
import dev.aigraph.graph.Quantity;
import dev.aigraph.graph.Source;
import dev.aigraph.ingest.RelationPhrases.Phrase;
import dev.aigraph.normalize.Language;
import dev.aigraph.normalize.MoneyMention;
import dev.aigraph.normalize.Normalizer;
import dev.aigraph.normalize.QuantityMention;
import dev.aigraph.normalize.TimeMention;

/**
 * Reads one-line English statements such as {@code Microsoft has invested over $13B in OpenAI since 2019 [source:
 * https://…, date: 2025-01-15]} into facts, or into errors that name the line, the column and what is wrong.
 * <p>
 * A line is read in passes over a copy in which every part already understood is blanked out with spaces, so
 * columns in messages stay those of the line the user wrote: the metadata bracket, hedges ("reportedly") and status
 * words ("will", "no longer"), then the modifiers at the end (periods, dates, "for $6.6B", "as CEO"), and what
 * remains must match one relation phrase.
 */
final class StatementParser {

    /**
     * Longest statement line read. Real ones are a sentence and a bracket; reading a line means matching every
     * phrase's pattern against it, which grows with the square of its length, so a megabyte line would hold a thread
     * for minutes.
     */
    static final int MAX_LINE_LENGTH = 1000;

    private static final Pattern HEDGE = Pattern.compile(
            "\\b(?:reportedly|allegedly|according to reports|is said to have|are said to have)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLANNED = Pattern.compile(
            "\\b(?:will|plans? to|is planning to|are planning to|intends? to|(?:has |have )?agreed to|"
                    + "is set to|are set to|is expected to|are expected to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENDED = Pattern.compile("\\bno longer\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE_AT_END = Pattern.compile(
            "\\s+as\\s+(?:the\\s+|an?\\s+)?(\\p{L}[\\p{L}\\p{N} .&'-]*?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE_LEAD = Pattern.compile("\\b(?:for|worth|of|with)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNOUNCED_LEAD = Pattern.compile("\\b(?:announced|reported|signed)\\s+$",
            Pattern.CASE_INSENSITIVE);
    // A full stop that closes an abbreviation belongs to the name before it: "Acme Inc.", "the U.S.", "J.".
    private static final Pattern ABBREVIATION_AT_END = Pattern.compile(
            "(?:^|[\\s,.])(?:inc|corp|co|ltd|bros|jr|sr|\\p{L})\\.$", Pattern.CASE_INSENSITIVE);
    // What is left of a date the time reader did not understand: "since 20199", "until next year".
    private static final Pattern STRAY_TIME = Pattern.compile(
            "\\b(since|until|through|from|in|on|by)\\s+(?=\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*",
            Pattern.CASE_INSENSITIVE);

    private final RelationPhrases phrases;
    private final Predicate<String> knownName;

    /**
     * @param knownName whether a text names one entity as a whole, so "Johnson and Johnson" is not read as a list
     */
    StatementParser(RelationPhrases phrases, Predicate<String> knownName) {
        this.phrases = phrases;
        this.knownName = knownName;
    }

    /** One statement and the facts it gives, or why it gives none. */
    record ParsedLine(int line, String statement, List<StatementFact> facts, List<InputError> errors,
                      List<InputError> warnings) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    /** A fact with the columns of its two names, so resolution problems point at the right word. */
    record StatementFact(Fact fact, Source source, int subjectColumn, int objectColumn) {
    }

    /**
     * Reads a whole statement text. Comment and blank lines give nothing; a line holding only a metadata bracket
     * sets the source of the lines after it.
     */
    List<ParsedLine> parse(String text, Source defaultSource) {
        var parsed = new ArrayList<ParsedLine>();
        Source current = defaultSource;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (line.length() > MAX_LINE_LENGTH) {
                parsed.add(new ParsedLine(i + 1, line.substring(0, 60) + "…", List.of(),
                        List.of(InputError.at(i + 1, MAX_LINE_LENGTH + 1, "the line is " + line.length()
                                + " characters long; a statement is at most " + MAX_LINE_LENGTH + ", with its "
                                + "metadata")), List.of()));
                continue;
            }
            var reader = new LineReader(i + 1, line);
            if (reader.isOnlyMetadata()) {
                Metadata metadata = reader.metadata();
                if (!reader.errors.isEmpty()) {
                    parsed.add(reader.result(List.of()));
                } else if (metadata.source() == null) {
                    reader.error(line.indexOf('['), "a line with only a metadata bracket sets the source of the "
                            + "lines after it, so it needs 'source:'");
                    parsed.add(reader.result(List.of()));
                } else {
                    current = metadata.source();
                }
                continue;
            }
            parsed.add(reader.read(current));
        }
        return parsed;
    }

    /** The parts of a trailing {@code [key: value, …]}. */
    record Metadata(Source source, PartialDate date) {
    }

    /** Reads one line; keeps its errors and warnings with 1-based columns. */
    private final class LineReader {

        private final int number;
        private final String line;
        private final char[] rest;
        private final List<InputError> errors = new ArrayList<>();
        private final List<InputError> warnings = new ArrayList<>();
        private int bracketAt = -1;

        LineReader(int number, String line) {
            this.number = number;
            this.line = line;
            this.rest = line.toCharArray();
            blankFullStop();
            findBracket();
        }

        // A statement copied from a sentence ends with a full stop, after its metadata or before it. It is
        // punctuation: left in, it hid a closing date or amount from the modifiers ("… since 2019.") and made
        // "from Oracle, 2027–2032." a list of two names.
        private void blankFullStop() {
            String text = text().stripTrailing();
            if (text.endsWith(".") && !text.endsWith("..") && !ABBREVIATION_AT_END.matcher(text).find()) {
                blank(text.length() - 1, text.length());
            }
        }

        private void findBracket() {
            String trimmed = text().stripTrailing();
            int open = line.lastIndexOf('[');
            if (trimmed.endsWith("]") && open >= 0) {
                bracketAt = open;
            } else if (open >= 0 && line.indexOf(']', open) < 0) {
                error(open, "the metadata bracket '[' is not closed with ']'");
            }
        }

        boolean isOnlyMetadata() {
            return bracketAt >= 0 && line.substring(0, bracketAt).isBlank();
        }

        Metadata metadata() {
            if (bracketAt < 0) {
                return new Metadata(null, null);
            }
            int close = line.lastIndexOf(']');
            blank(bracketAt, line.length());
            return MetadataReader.read(line, bracketAt + 1, close, this::error);
        }

        ParsedLine read(Source defaultSource) {
            Metadata metadata = metadata();
            if (!errors.isEmpty()) {
                return result(List.of());
            }
            blankFullStop();
            Source source = metadata.source() != null ? metadata.source() : defaultSource;
            boolean hedged = consume(HEDGE);
            FactStatus status = consume(ENDED) ? FactStatus.ENDED : consume(PLANNED) ? FactStatus.PLANNED : null;
            Modifiers modifiers = readModifiers(status == FactStatus.ENDED);
            if (!errors.isEmpty()) {
                return result(List.of());
            }
            var facts = match(source, metadata, hedged, status, modifiers);
            return result(errors.isEmpty() ? facts : List.of());
        }

        ParsedLine result(List<StatementFact> facts) {
            String statement = bracketAt >= 0 ? line.substring(0, bracketAt).strip() : line.strip();
            return new ParsedLine(number, statement, List.copyOf(facts), List.copyOf(errors), List.copyOf(warnings));
        }

        void error(int index, String reason) {
            errors.add(InputError.at(number, index + 1, reason));
        }

        private void warn(int index, String reason) {
            warnings.add(InputError.at(number, index + 1, reason));
        }

        private boolean consume(Pattern words) {
            Matcher matcher = words.matcher(text());
            boolean found = false;
            while (matcher.find()) {
                blank(matcher.start(), matcher.end());
                found = true;
            }
            return found;
        }

        private String text() {
            return new String(rest);
        }

        private void blank(int from, int to) {
            Arrays.fill(rest, from, to, ' ');
        }

        private int end() {
            return text().stripTrailing().length();
        }

        // Modifiers are read from the end of the line backwards until something else is met.
        private Modifiers readModifiers(boolean ended) {
            var modifiers = new Modifiers();
            List<TimeMention> times = Normalizer.findTimes(text(), Language.EN, null);
            List<MoneyMention> money = Normalizer.findMoney(text(), Language.EN);
            List<QuantityMention> quantities = Normalizer.findQuantities(text(), Language.EN);
            boolean progress = true;
            while (progress) {
                int end = end();
                progress = false;
                for (TimeMention time : times) {
                    if (time.to() == end && !modifiers.timeAt.contains(time.from())) {
                        modifiers.add(time, ended, this);
                        blank(time.from(), time.to());
                        blankLead(ANNOUNCED_LEAD, time.from());
                        progress = true;
                    }
                }
                for (MoneyMention mention : money) {
                    if (!progress && mention.end() == end && leadsValue(mention.start())) {
                        modifiers.amount(mention, this);
                        blank(mention.start(), mention.end());
                        blankLead(VALUE_LEAD, mention.start());
                        progress = true;
                    }
                }
                for (QuantityMention mention : quantities) {
                    if (!progress && mention.end() == end && leadsValue(mention.start())) {
                        modifiers.quantity = mention.quantity();
                        blank(mention.start(), mention.end());
                        blankLead(VALUE_LEAD, mention.start());
                        progress = true;
                    }
                }
                Matcher role = ROLE_AT_END.matcher(text());
                if (!progress && modifiers.role == null && role.find()) {
                    modifiers.role = role.group(1).strip();
                    blank(role.start(), role.end());
                    progress = true;
                }
            }
            Matcher stray = STRAY_TIME.matcher(text());
            if (stray.find()) {
                int at = stray.start();
                boolean understood = times.stream().anyMatch(time -> time.from() == at);
                error(at, understood
                        ? "put '" + line.substring(at, times.stream().filter(t -> t.from() == at).findFirst()
                                .orElseThrow().to()) + "' at the end of the statement, after the object"
                        : "'" + text().substring(at, end()).strip() + "' is not a date or period I can read; "
                                + "write e.g. 'since 2019', 'from 2027 to 2032', 'until 2030', 'in January 2025' "
                                + "or 'on 2025-01-15'");
            }
            return modifiers;
        }

        private boolean leadsValue(int start) {
            return VALUE_LEAD.matcher(text().substring(0, start)).find();
        }

        private void blankLead(Pattern lead, int start) {
            Matcher matcher = lead.matcher(text().substring(0, start));
            if (matcher.find()) {
                blank(matcher.start(), start);
            }
        }

        private List<StatementFact> match(Source source, Metadata metadata, boolean hedged, FactStatus status,
                                          Modifiers modifiers) {
            String text = text();
            Matcher missing = null;
            Phrase missingPhrase = null;
            for (Phrase phrase : phrases.all()) {
                Matcher matcher = phrase.regex().matcher(text);
                if (!matcher.matches()) {
                    continue;
                }
                if (blankSlot(matcher, "subject") || blankSlot(matcher, "object")) {
                    if (missing == null) {
                        missing = matcher;
                        missingPhrase = phrase;
                    }
                    continue;
                }
                return facts(phrase, matcher, source, metadata, hedged, status, modifiers);
            }
            if (missing != null) {
                String slot = blankSlot(missing, "subject") ? "subject" : "object";
                int at = firstNonBlank(text);
                error(at, "no " + slot + (slot.equals("subject") ? " before '" : " after '")
                        + missingPhrase.verb() + "'");
            } else {
                error(firstNonBlank(text), "no relation phrase I know in '" + text.strip().replaceAll("\\s+", " ")
                        + "'; write e.g. 'Microsoft invested $13B in OpenAI', 'OpenAI partners with Oracle' or "
                        + "'Anthropic runs on Amazon Web Services' (all phrases: statements/relation-phrases.yaml)");
            }
            return List.of();
        }

        private List<StatementFact> facts(Phrase phrase, Matcher matcher, Source source, Metadata metadata,
                                          boolean hedged, FactStatus status, Modifiers modifiers) {
            if (slot(matcher, "value") != null) {
                readValue(matcher, modifiers);
            }
            String scope = slot(matcher, "scope");
            String role = slot(matcher, "role") != null ? slot(matcher, "role") : modifiers.role;
            PartialDate date = modifiers.date != null ? modifiers.date : metadata.date();
            var facts = new ArrayList<StatementFact>();
            List<Name> subjects = names(matcher, "subject");
            List<Name> objects = names(matcher, "object");
            if (!errors.isEmpty()) {
                return List.of();
            }
            for (Name subject : subjects) {
                for (Name object : objects) {
                    try {
                        var fact = new Fact(Mention.of(subject.text()), phrase.relation(), Mention.of(object.text()),
                                modifiers.amount, modifiers.quantity, modifiers.start, modifiers.end, date, status,
                                hedged, role, scope);
                        facts.add(new StatementFact(fact, source, subject.column(), object.column()));
                    } catch (IllegalArgumentException e) {
                        error(modifiers.periodAt, e.getMessage());
                        return List.of();
                    }
                }
            }
            return facts;
        }

        private void readValue(Matcher matcher, Modifiers modifiers) {
            String value = matcher.group("value");
            int at = matcher.start("value") + (value.length() - value.stripLeading().length());
            String stripped = value.strip();
            var money = Normalizer.findMoney(stripped, Language.EN);
            var quantity = Normalizer.findQuantities(stripped, Language.EN);
            if (money.size() == 1 && covers(money.get(0).start(), money.get(0).end(), stripped)) {
                modifiers.amount(money.get(0), at, this);
            } else if (quantity.size() == 1 && covers(quantity.get(0).start(), quantity.get(0).end(), stripped)) {
                modifiers.quantity = quantity.get(0).quantity();
            } else {
                error(at, "'" + stripped + "' is not an amount I can read; write e.g. $13B, 13 billion dollars, "
                        + "€1.3 billion or 4.5 GW");
            }
        }

        private static boolean covers(int start, int end, String text) {
            return start == 0 && end == text.length();
        }

        private static boolean blankSlot(Matcher matcher, String slot) {
            return matcher.group(slot).isBlank();
        }

        private static String slot(Matcher matcher, String name) {
            try {
                String value = matcher.group(name);
                return value == null || value.isBlank() ? null : value.strip();
            } catch (IllegalArgumentException noSuchGroup) {
                return null;
            }
        }

        private static int firstNonBlank(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return i;
                }
            }
            return 0;
        }

        // "Oracle, SoftBank and MGX" is three names, unless the whole is one known name.
        private List<Name> names(Matcher matcher, String slot) {
            String text = matcher.group(slot);
            int offset = matcher.start(slot);
            String whole = text.strip();
            if (knownName.test(whole)) {
                return List.of(name(whole, offset + text.indexOf(whole)));
            }
            var names = new ArrayList<Name>();
            Matcher separator = LIST_SEPARATOR.matcher(text);
            int at = 0;
            while (true) {
                boolean found = separator.find();
                int to = found ? separator.start() : text.length();
                String part = text.substring(at, to);
                if (!part.isBlank()) {
                    names.add(name(part.strip(), offset + at + (part.length() - part.stripLeading().length())));
                }
                if (!found) {
                    return names;
                }
                at = separator.end();
            }
        }

        // An amount or date left inside a name was written where no phrase expects it.
        private Name name(String text, int index) {
            // Assumed-currency figures are left alone: "Llama 3.1 405B" is a model, not 405 billion dollars.
            if (Normalizer.findMoney(text, Language.EN).stream().anyMatch(money -> !money.currencyAssumed())) {
                error(index, "'" + text + "' is a name followed by an amount; put the amount after the verb "
                        + "('invested $13B in') or at the end ('for $13B')");
            }
            return new Name(text, index + 1);
        }
    }

    private record Name(String text, int column) {
    }

    /** What the end of a line adds to its fact. */
    private static final class Modifiers {
        private final List<Integer> timeAt = new ArrayList<>();
        private PartialDate start;
        private PartialDate end;
        private PartialDate date;
        private Amount amount;
        private Quantity quantity;
        private String role;
        private int periodAt;

        void add(TimeMention time, boolean ended, LineReader reader) {
            timeAt.add(time.from());
            periodAt = time.from();
            switch (time.kind()) {
                case SINCE -> {
                    // "no longer … since January 2025": the date is when it ended.
                    if (ended) {
                        end = set(end, time.start(), "end", time, reader);
                    } else {
                        start = set(start, time.start(), "start", time, reader);
                    }
                }
                case UNTIL -> end = set(end, time.end(), "end", time, reader);
                case RANGE -> {
                    start = set(start, time.start(), "start", time, reader);
                    end = set(end, time.end(), "end", time, reader);
                }
                case POINT -> date = set(date, time.start(), "date", time, reader);
            }
        }

        private static PartialDate set(PartialDate current, PartialDate value, String what, TimeMention time,
                                       LineReader reader) {
            if (current != null) {
                reader.error(time.from(), "a second " + what + " (" + value + "); the statement already says "
                        + current);
                return current;
            }
            return value;
        }

        void amount(MoneyMention mention, LineReader reader) {
            amount(mention, mention.start(), reader);
        }

        void amount(MoneyMention mention, int column, LineReader reader) {
            if (amount != null) {
                reader.error(column, "a second amount; the statement already says " + amount.value() + " "
                        + amount.currency());
                return;
            }
            amount = mention.amount();
            if (mention.currencyAssumed()) {
                reader.warn(column, "no currency given for " + amount.value() + "; assumed US dollars (write $ or "
                        + "USD, €/EUR, £/GBP to say)");
            }
        }
    }

    /** Reads {@code key: value} pairs; values may be quoted to contain commas. */
    private static final class MetadataReader {

        interface Errors {
            void error(int index, String reason);
        }

        private static final Pattern PAIR = Pattern.compile(
                "\\s*([A-Za-z]+)\\s*:\\s*(\"[^\"]*\"|[^,]*?)\\s*(?:,|$)");

        static Metadata read(String line, int from, int to, Errors errors) {
            String body = line.substring(from, to);
            String id = null;
            String url = null;
            String title = null;
            String language = "en";
            PartialDate date = null;
            Matcher pair = PAIR.matcher(body);
            int at = 0;
            while (at < body.length() && !body.substring(at).isBlank()) {
                if (!pair.find(at) || pair.start() != at) {
                    errors.error(from + at, "metadata must be 'key: value' pairs separated by commas, e.g. "
                            + "[source: https://example.com/news, date: 2025-01-15]");
                    return new Metadata(null, null);
                }
                String key = pair.group(1).toLowerCase(Locale.ROOT);
                String value = unquote(pair.group(2));
                int valueAt = from + pair.start(2);
                switch (key) {
                    case "source" -> {
                        id = value;
                        if (value.startsWith("http://") || value.startsWith("https://")) {
                            url = value;
                        }
                    }
                    case "url" -> url = value;
                    case "title" -> title = value;
                    case "lang", "language" -> {
                        if (Language.parse(value).isEmpty() && !value.matches("[a-z]{2}")) {
                            errors.error(valueAt, "'" + value + "' is not a language code (en, nl, de, …)");
                        }
                        language = value.toLowerCase(Locale.ROOT);
                    }
                    case "date", "published" -> {
                        try {
                            date = PartialDate.parse(value);
                        } catch (IllegalArgumentException e) {
                            errors.error(valueAt, e.getMessage());
                        }
                    }
                    default -> errors.error(from + pair.start(1), "unknown metadata key '" + pair.group(1)
                            + "'; known: source, url, title, date, lang");
                }
                at = pair.end();
            }
            if (id == null && url != null) {
                id = url;
            }
            if (id != null && Source.refuseId(id).isPresent()) {
                errors.error(from, Source.refuseId(id).orElseThrow());
                id = null;
            }
            Source source = id == null ? null : new Source(id, title, url, language, date, null);
            return new Metadata(source, source == null ? date : null);
        }

        private static String unquote(String value) {
            return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1) : value;
        }
    }
}
