package dev.aigraph.cli;

import java.io.PrintWriter;

import dev.aigraph.graph.PartialDate;
import dev.aigraph.normalize.Language;
import picocli.CommandLine.Option;

/** What the commands that read articles ({@code extract}, {@code ingest}) may be told about them. */
final class ArticleOptions {

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]",
            description = "Publication date of the articles (instead of their date line)")
    String date;

    @Option(names = "--lang", paramLabel = "CODE",
            description = "Language of the articles (en, nl, de); detected when left out")
    String language;

    private PartialDate published;

    /**
     * Checks both options, telling the user what is wrong with one.
     *
     * @param command the command's name, to begin a message with
     */
    boolean valid(String command, PrintWriter err) {
        try {
            published = date == null ? null : PartialDate.parse(date);
        } catch (IllegalArgumentException e) {
            err.println(command + ": --date: " + e.getMessage());
            return false;
        }
        if (language != null && Language.parse(language).isEmpty()) {
            err.println(command + ": --lang: '" + language + "' is not a language aigraph reads; use en, nl or de");
            return false;
        }
        return true;
    }

    /** The date {@code --date} gave, once {@link #valid} said it is one; null without the option. */
    PartialDate published() {
        return published;
    }

    String language() {
        return language;
    }
}
