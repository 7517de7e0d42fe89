package dev.aigraph.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** How a report's rows are written: an aligned text table, CSV (RFC 4180, with a header) or JSON. */
public enum ReportFormat {
    TABLE, CSV, JSON;

    private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();
    private static final CsvMapper CSV_MAPPER = CsvMapper.builder().build();

    public static ReportFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format '" + text + "' is not one of table, csv, json", e);
        }
    }

    public String write(Reports.Result result) {
        return switch (this) {
            case JSON -> JSON_MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result);
            case CSV -> csv(result);
            case TABLE -> table(result);
        };
    }

    private static String csv(Reports.Result result) {
        var schema = CsvSchema.builder();
        result.columns().forEach(schema::addColumn);
        var rows = result.rows().stream().map(ReportFormat::flat).toList();
        return CSV_MAPPER.writer(schema.build().withHeader()).writeValueAsString(rows);
    }

    // Lists become "a; b" so a cell stays one cell.
    private static Map<String, Object> flat(Map<String, Object> row) {
        var flat = new java.util.LinkedHashMap<String, Object>();
        row.forEach((key, value) -> flat.put(key, value instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining("; ")) : value));
        return flat;
    }

    private static String table(Reports.Result result) {
        List<String> columns = result.columns();
        var cells = new ArrayList<List<String>>();
        cells.add(columns);
        for (Map<String, Object> row : flatRows(result)) {
            cells.add(columns.stream().map(c -> row.get(c) == null ? "" : String.valueOf(row.get(c))).toList());
        }
        int[] widths = new int[columns.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        var out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            for (int i = 0; i < widths.length; i++) {
                out.append(i == 0 ? "" : " | ").append(String.format("%-" + Math.max(1, widths[i]) + "s",
                        cells.get(r).get(i)));
            }
            out.append(System.lineSeparator());
            if (r == 0) {
                for (int i = 0; i < widths.length; i++) {
                    out.append(i == 0 ? "" : "-+-").append("-".repeat(Math.max(1, widths[i])));
                }
                out.append(System.lineSeparator());
            }
        }
        out.append("(").append(result.rows().size()).append(" rows)").append(System.lineSeparator());
        return out.toString();
    }

    private static List<Map<String, Object>> flatRows(Reports.Result result) {
        return result.rows().stream().map(ReportFormat::flat).toList();
    }
}
