package dev.aigraph.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import tools.jackson.dataformat.yaml.YAMLMapper;

/** The words of one language for amounts, quantities and dates, from {@code normalize/<code>.yaml}. */
record LanguageData(String decimal, String group, String assumedCurrency, Map<String, Integer> numbers,
                    Map<String, Integer> scales, Map<String, String> currencies, Map<String, String> qualifiers,
                    Map<String, String> units, Map<String, Integer> months, List<String> since, List<String> until,
                    List<String> untilInclusive, List<String> rangeFrom, List<String> rangeTo, List<String> point,
                    List<String> approximate, List<String> yearParts, Map<String, String> relative) {

    static LanguageData load(Language language) {
        String resource = "/normalize/" + language.code() + ".yaml";
        try (InputStream in = LanguageData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new YAMLMapper().readValue(in, LanguageData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
