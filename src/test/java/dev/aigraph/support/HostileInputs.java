package dev.aigraph.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random hostile input from a seeded generator, so a failing try can be replayed: empty and huge bodies, binary and
 * invalid UTF-8, very long lines, deeply nested JSON, Cypher-injection strings in names, absurd amounts and dates,
 * unknown relations, control characters and JSON of the wrong shape. Each method gives one input of a kind chosen at
 * random.
 */
public final class HostileInputs {

    /** Names that would do harm if they were ever spliced into Cypher rather than passed as parameters. */
    public static final List<String> INJECTIONS = List.of(
            "'}) DETACH DELETE n //",
            "Evil\") DETACH DELETE n WITH 1 AS x MATCH (m",
            "`Entity`) DETACH DELETE n //",
            "Acme `backtick` Corp",
            "$param",
            "{id: $id} MATCH (n) DETACH DELETE n",
            "x' OR 1=1 --",
            "Robert'); DROP TABLE entities;--",
            "CALL dbms.killQueries(['q1'])",
            "${jndi:ldap://127.0.0.1/a}",
            "%s%n%x",
            "<script>alert(1)</script> Labs");

    /** A statement no phrase reads: it makes any statement input invalid. */
    public static final String UNKNOWN_RELATION = "Microsoft frobnicates OpenAI";

    private static final String[] PHRASES = {"invested $1B in", "partners with", "runs on", "acquired", "uses",
            "competes with", "bought $300B of compute from", "is based in", "develops"};
    private static final String[] KNOWN = {"Microsoft", "OpenAI", "Oracle", "Azure", "NVIDIA", "Anthropic"};

    private final Random random;
    private final long maxBodyBytes;

    /**
     * @param maxBodyBytes the server's body limit; a "huge" input is one byte over it
     */
    public HostileInputs(long seed, long maxBodyBytes) {
        this.random = new Random(seed);
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Any hostile body: text, JSON, binary, invalid UTF-8 or larger than the limit. */
    public byte[] body() {
        return switch (random.nextInt(24)) {
            case 0, 1, 2 -> binary();
            case 3, 4 -> invalidUtf8(text());
            case 5 -> huge();
            case 6, 7, 8, 9 -> json().getBytes(StandardCharsets.UTF_8);
            default -> text().getBytes(StandardCharsets.UTF_8);
        };
    }

    /** Hostile statement text, one or many lines. */
    public String text() {
        if (random.nextInt(4) == 0) {
            var lines = new ArrayList<String>();
            for (int i = random.nextInt(2, 60); i > 0; i--) {
                lines.add(line());
            }
            return String.join(random.nextBoolean() ? "\n" : "\r\n", lines);
        }
        return line();
    }

    /** One hostile line. */
    public String line() {
        return switch (random.nextInt(13)) {
            case 0 -> "";
            case 1 -> " \t\u00a0\u2028 \n\n";
            case 2 -> unicode(random.nextInt(1, 300));
            case 3 -> name() + " " + phrase() + " " + known();
            case 4 -> known() + " invested " + amount() + " in " + known();
            case 5 -> known() + " " + phrase() + " " + known() + " " + time();
            case 6 -> UNKNOWN_RELATION;
            case 7 -> known() + " " + phrase() + " " + known() + " [" + metadata() + "]";
            case 8 -> "[" + metadata() + "]";
            case 9 -> "(".repeat(random.nextInt(1, 5000)) + known() + " runs on " + known();
            case 10 -> "Microsoft invested $13B in " + "OpenAI ".repeat(random.nextInt(1000, 30000));
            case 11 -> known() + " " + phrase() + " " + known() + " " + unicode(20);
            default -> name();
        };
    }

    /** A hostile name: an injection string, a very long, empty or strange one. */
    public String name() {
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> pick(INJECTIONS);
            case 3 -> "A".repeat(random.nextInt(300, 100_000));
            case 4 -> unicode(random.nextInt(1, 40));
            case 5 -> "";
            case 6 -> "\u0000Zero\u0000Width\u200b\u202eLabs";
            default -> known() + " " + "Inc. ".repeat(random.nextInt(1, 50));
        };
    }

    /** JSON that is malformed, nested too deep, of the wrong shape, or facts with hostile fields. */
    public String json() {
        return switch (random.nextInt(10)) {
            case 0 -> "[".repeat(random.nextInt(600, 60_000)) + "]".repeat(random.nextInt(0, 600));
            case 1 -> "{\"a\":".repeat(random.nextInt(600, 20_000)) + "1" + "}".repeat(random.nextInt(0, 600));
            case 2 -> pick(List.of("{", "[{\"subject\": \"OpenAI\",", "{\"statements\": [\"a\"", "nul", "\"open",
                    "{\"statements\": [1, null, {}, []]}", "{\"statements\": \"OpenAI runs on Azure\"}",
                    "{\"statements\": null}", "42", "true", "[]", "{}", "[null]", "\"\\ud800\""));
            case 3 -> "{\"statements\": [" + quoted(text()) + ", " + quoted(line()) + "]}";
            case 4, 5, 6 -> "[" + fact() + ", " + fact() + "]";
            case 7 -> fact() + "\n" + line() + "\n" + fact();
            case 8 -> "{\"from\": " + quoted(name()) + ", \"into\": " + quoted(name()) + "}";
            default -> "{\"text\": " + quoted(text()) + ", \"published\": " + quoted(date()) + ", \"language\": "
                    + quoted(pick(List.of("en", "xx", "", "nl", "EN", "english", "de\u0000"))) + "}";
        };
    }

    /** One fact object with some hostile fields. */
    public String fact() {
        var fields = new ArrayList<String>();
        fields.add("\"subject\": " + value(this::name));
        fields.add("\"relation\": " + value(() -> pick(List.of("INVESTED_IN", "PARTNERS_WITH", "invested_in",
                "DROP_DATABASE", "", "RUNS_ON`) DETACH DELETE n //", "SUPPLIES"))));
        fields.add("\"object\": " + value(this::known));
        if (random.nextBoolean()) {
            fields.add("\"amount\": " + pick(List.of("13000000000", "-5", "1e400", "99999999999999999999999999",
                    "\"abc\"", "13.5", "null", "[1]", "9223372036854775807")));
        }
        if (random.nextBoolean()) {
            fields.add("\"" + pick(List.of("start", "end", "date", "published")) + "\": " + value(this::date));
        }
        if (random.nextInt(3) == 0) {
            fields.add(pick(List.of("\"currency\": \"XXXX\"", "\"confidence\": 5", "\"hedged\": \"yes\"",
                    "\"status\": \"maybe\"", "\"source\": {\"id\": 5}", "\"amount_qualifier\": \"lots\"",
                    "\"ammount\": 1", "\"source\": " + quoted(name()))));
        }
        return "{" + String.join(", ", fields) + "}";
    }

    /** A date that is absurd, malformed or fine. */
    public String date() {
        return pick(List.of("2025", "2025-13", "2025-02-30", "99999", "0000", "-2025", "1e9", "2025-01-15T10:00",
                "yesterday", "", "2025-1-1", "9999-12-31", "2025-00", "١٢٣٤"));
    }

    private String time() {
        return pick(List.of("since " + date(), "from 2032 to 2027", "until 99999", "in " + date(), "through -5",
                "from " + date() + " to " + date(), "announced " + date(), "2027-2032-2040"));
    }

    private String amount() {
        return pick(List.of("$" + "9".repeat(random.nextInt(19, 400)) + "B", "-$5B", "$1e999B", "$.B", "$0",
                "€∞", "$13 bazillion", "$NaN", "13 billion dollars dollars", "$1,3,4B", "$" + "1".repeat(5000)));
    }

    private String metadata() {
        return pick(List.of("source: " + name(), "date: " + date(), "lang: xx", "source:", "title: \"unclosed",
                "colour: red", "source: a, source: b", "source: https://example.com/" + "x".repeat(20_000),
                "published: " + date()));
    }

    private String phrase() {
        return PHRASES[random.nextInt(PHRASES.length)];
    }

    private String known() {
        return KNOWN[random.nextInt(KNOWN.length)];
    }

    private String value(Supplier<String> text) {
        return switch (random.nextInt(10)) {
            case 0 -> "null";
            case 1 -> "12";
            case 2 -> "[" + quoted(text.get()) + "]";
            case 3 -> "{\"name\": " + quoted(text.get()) + "}";
            default -> quoted(text.get());
        };
    }

    /** Characters from every corner: controls, surrogate pairs, right-to-left marks, combining marks, NUL. */
    private String unicode(int length) {
        var text = new StringBuilder();
        while (text.length() < length) {
            int kind = random.nextInt(6);
            int codePoint = switch (kind) {
                case 0 -> random.nextInt(0, 0x20);
                case 1 -> random.nextInt(0x20, 0x7f);
                case 2 -> random.nextInt(0x300, 0x370);
                case 3 -> random.nextInt(0x1F300, 0x1FAFF);
                case 4 -> pick(List.of(0x202E, 0x200B, 0xFEFF, 0xFFFD, 0x2028, 0x0085));
                default -> random.nextInt(0xA0, 0xD7FF);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private byte[] binary() {
        var bytes = new byte[random.nextInt(1, 4000)];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] invalidUtf8(String text) {
        byte[] utf8 = (text.isEmpty() ? "OpenAI runs on Azure" : text).getBytes(StandardCharsets.UTF_8);
        byte[] bad = pick(List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
                new byte[] {(byte) 0xC0, (byte) 0xAF}));
        int at = random.nextInt(utf8.length + 1);
        var out = new byte[utf8.length + bad.length];
        System.arraycopy(utf8, 0, out, 0, at);
        System.arraycopy(bad, 0, out, at, bad.length);
        System.arraycopy(utf8, at, out, at + bad.length, utf8.length - at);
        return out;
    }

    private byte[] huge() {
        var bytes = new byte[(int) maxBodyBytes + 1];
        java.util.Arrays.fill(bytes, (byte) 'A');
        return bytes;
    }

    private static String quoted(String text) {
        var json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u%04x".formatted((int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
