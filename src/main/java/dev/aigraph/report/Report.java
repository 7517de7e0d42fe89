package dev.aigraph.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One report script of {@code cypher/reports/}: its header (title, question, parameter notes), its parameters with
 * default expressions ({@code :param name => expression}, the syntax cypher-shell and Neo4j Browser share) and its
 * one query.
 *
 * @param defaults each parameter's default as a Cypher expression, evaluated by Neo4j
 */
public record Report(String name, String title, String question, Map<String, String> defaults,
                     List<String> notes, String query) {

    private static final Pattern HEADER = Pattern.compile("^//\\s*(title|question):\\s*(.+)$");
    private static final Pattern PARAM = Pattern.compile("^:param\\s+(\\w+)\\s*=>\\s*(.+?);?\\s*$");

    /**
     * Reads a script.
     *
     * @throws IllegalArgumentException naming the file when it has no title or no query
     */
    static Report parse(String name, String text) {
        String title = null;
        String question = null;
        var defaults = new LinkedHashMap<String, String>();
        var notes = new ArrayList<String>();
        var query = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            Matcher header = HEADER.matcher(trimmed);
            Matcher param = PARAM.matcher(trimmed);
            if (header.matches()) {
                if (header.group(1).equals("title")) {
                    title = header.group(2).strip();
                } else {
                    question = header.group(2).strip();
                }
            } else if (param.matches()) {
                defaults.put(param.group(1), param.group(2).strip());
            } else if (trimmed.startsWith("//")) {
                notes.add(trimmed.substring(2).strip());
            } else if (!trimmed.isEmpty()) {
                query.append(line).append('\n');
            }
        }
        String statement = query.toString().strip().replaceAll(";$", "");
        if (title == null || statement.isEmpty()) {
            throw new IllegalArgumentException("reports/" + name + ".cypher needs a '// title:' line and a query");
        }
        return new Report(name, title, question, Collections.unmodifiableMap(defaults), List.copyOf(notes), statement);
    }
}
