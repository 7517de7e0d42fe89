package dev.aigraph.normalize;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a language writes a figure: digits with its own decimal and grouping separators ("1,3" and "1.500" in Dutch and
 * German, "1.3" and "1,500" in English), or a small numeral written out ("one", "een", "eine").
 */
final class Figures {

    /** Between a figure and the words after it: nothing ("13bn"), spaces, or a hyphen ("500-Milliarden-Dollar"). */
    static final String JOINT = "\\s*(?:-\\s*)?";

    private final char decimal;
    private final char grouping;
    private final Lexicon<Integer> numerals;
    private final String regex;

    Figures(Locale locale, Map<String, Integer> numerals) {
        var symbols = DecimalFormatSymbols.getInstance(locale);
        this.decimal = symbols.getDecimalSeparator();
        this.grouping = symbols.getGroupingSeparator();
        this.numerals = Lexicon.of(numerals);
        var d = Pattern.quote(String.valueOf(decimal));
        var g = Pattern.quote(String.valueOf(grouping));
        // Grouped thousands need groups of exactly three digits, so English "1,5" is no figure rather than 15; the
        // look-arounds keep a figure from starting or stopping inside a longer one ("12.019" is not "2019").
        var digits = "(?<![\\d.,])(?:\\d{1,3}(?:" + g + "\\d{3})+|\\d+)(?:" + d + "\\d+)?(?!\\d|[.,]\\d)";
        this.regex = "(?:" + digits + "|" + this.numerals.regex() + ")";
    }

    /** A non-capturing group matching one figure. */
    String regex() {
        return regex;
    }

    /** Whether a matched figure is a written-out numeral rather than digits. */
    boolean isNumeral(String matched) {
        return numerals.contains(matched);
    }

    /** The exact value of a matched figure; never goes through a double, so "1,3" is exactly 1.3. */
    BigDecimal valueOf(String matched) {
        var numeral = numerals.valueOf(matched);
        if (numeral != null) {
            return BigDecimal.valueOf(numeral);
        }
        return new BigDecimal(matched.replace(String.valueOf(grouping), "").replace(decimal, '.'));
    }
}
