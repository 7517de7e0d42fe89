package dev.aigraph.normalize;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds money, quantities and dates in English, Dutch or German text and normalises them: "ruim 1,3 miljard euro" is
 * {@code 1300000000 EUR}, over. Each mention carries its character span, so a caller can find several in a sentence
 * and tell which words they took.
 *
 * <p>The words each language uses live in {@code normalize/<code>.yaml} on the classpath, loaded once.
 */
public final class Normalizer {

    private Normalizer() {
    }

    /**
     * Sums of money in the order they appear. A figure is money when a currency stands before or after it, or (in
     * English only) when a scale letter is glued to it ("300B": US dollars, {@link MoneyMention#currencyAssumed()}).
     * A bare number or year is never money.
     */
    public static List<MoneyMention> findMoney(String text, Language language) {
        return MoneyFinder.find(text, language);
    }

    /** Magnitudes with a unit ("4.5 GW", "500 megawatt") in the order they appear; never money. */
    public static List<QuantityMention> findQuantities(String text, Language language) {
        return QuantityFinder.find(text, language);
    }

    /**
     * Points and periods of time in the order they appear; see {@link TimeMention} for what each kind holds.
     *
     * @param reference the document's date, against which "last month" or "in July" resolve; when null, such
     *                  relative expressions are left out
     */
    public static List<TimeMention> findTimes(String text, Language language, LocalDate reference) {
        return TimeFinder.find(text, language, reference);
    }
}
