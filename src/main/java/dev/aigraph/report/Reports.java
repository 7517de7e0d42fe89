package dev.aigraph.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.aigraph.system.QueryTimeoutException;
import dev.aigraph.system.ReadTransactions;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The report scripts of {@code cypher/reports/} (shipped in the jar under {@code reports/}; another folder with
 * {@code aigraph.reports.location}), run against the graph in read-only transactions with the query time limit. Only
 * these files run; there is no way to send other Cypher through them, and a script that tries to write is stopped.
 */
@Service
public class Reports {

    private final ReadTransactions reads;
    private final Map<String, Report> reports;

    @Autowired
    Reports(ReadTransactions reads,
            @org.springframework.beans.factory.annotation.Value("${aigraph.reports.location:classpath*:reports/*.cypher}")
            String location) {
        this(reads, scripts(location));
    }

    Reports(ReadTransactions reads, List<Report> reports) {
        this.reads = reads;
        this.reports = new LinkedHashMap<>();
        reports.stream().sorted(Comparator.comparing(Report::name)).forEach(r -> this.reports.put(r.name(), r));
    }

    /** A report script tried to write; the read-only transaction stopped it before anything was written. */
    public static final class WriteRefused extends RuntimeException {

        WriteRefused(String report, Throwable cause) {
            super("report '" + report + "' tries to write to the graph; reports run in read-only transactions, so "
                    + "it was stopped and nothing was written", cause);
        }
    }

    private static List<Report> scripts(String location) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(location);
            var reports = new ArrayList<Report>();
            for (Resource file : files) {
                String name = file.getFilename().replaceFirst("\\.cypher$", "");
                reports.add(Report.parse(name, file.getContentAsString(StandardCharsets.UTF_8)));
            }
            return reports;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report scripts at " + location, e);
        }
    }

    public List<Report> all() {
        return List.copyOf(reports.values());
    }

    public Optional<Report> byName(String name) {
        return Optional.ofNullable(reports.get(name));
    }

    /** A report's answer: its columns in order and its rows. */
    public record Result(String report, List<String> columns, List<Map<String, Object>> rows) {
    }

    /**
     * Runs a report. Parameters not given take the script's defaults.
     *
     * @param parameters values as text: numbers, true/false and null are read as such, anything else is a string
     * @throws IllegalArgumentException for an unknown report or parameter
     * @throws WriteRefused            when the report tries to write
     * @throws QueryTimeoutException   when it runs longer than {@code aigraph.query.timeout}
     */
    public Result run(String name, Map<String, String> parameters) {
        Report report = byName(name).orElseThrow(() -> new IllegalArgumentException("no report '" + name
                + "'; reports: " + String.join(", ", reports.keySet())));
        var unknown = parameters.keySet().stream().filter(p -> !report.defaults().containsKey(p)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("report '" + name + "' has no parameter " + unknown + "; its "
                    + "parameters: " + report.defaults().keySet());
        }
        try {
            return reads.run(tx -> {
                Map<String, Object> values = new LinkedHashMap<>(defaults(tx, report));
                parameters.forEach((key, text) -> values.put(key, value(text)));
                var result = tx.run(report.query(), values);
                List<String> columns = result.keys();
                List<Map<String, Object>> rows = result.list(Reports::row);
                return new Result(name, columns, rows);
            });
        } catch (ClientException e) {
            if (e.code() != null && e.code().contains("AccessMode") || e.getMessage().contains("read access mode")) {
                throw new WriteRefused(name, e);
            }
            throw e;
        }
    }

    // The defaults are Cypher expressions from the script itself, evaluated by Neo4j in one read.
    private static Map<String, Object> defaults(TransactionContext tx, Report report) {
        if (report.defaults().isEmpty()) {
            return Map.of();
        }
        String map = report.defaults().entrySet().stream().map(e -> "`" + e.getKey() + "`: " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
        return tx.run("RETURN " + map + " AS defaults").single().get("defaults").asMap(Value::asObject);
    }

    static Object value(String text) {
        String trimmed = text.strip();
        if (trimmed.equalsIgnoreCase("null")) {
            return null;
        }
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(trimmed);
        }
        if (trimmed.matches("-?\\d{1,18}")) {
            return Long.parseLong(trimmed);
        }
        if (trimmed.matches("-?\\d+\\.\\d+")) {
            return Double.parseDouble(trimmed);
        }
        return trimmed.length() >= 2 && (trimmed.startsWith("'") && trimmed.endsWith("'")
                || trimmed.startsWith("\"") && trimmed.endsWith("\"")) ? trimmed.substring(1, trimmed.length() - 1)
                : trimmed;
    }

    private static Map<String, Object> row(Record record) {
        var row = new LinkedHashMap<String, Object>();
        record.keys().forEach(key -> row.put(key, plain(record.get(key))));
        return row;
    }

    // Dates and times as ISO text, so every format shows them the same way.
    private static Object plain(Value value) {
        Object object = value.asObject();
        if (object instanceof java.time.temporal.TemporalAccessor) {
            return object.toString();
        }
        if (object instanceof List<?> list) {
            return list.stream().map(o -> o instanceof java.time.temporal.TemporalAccessor ? o.toString() : o)
                    .toList();
        }
        return object;
    }
}
