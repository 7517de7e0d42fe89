package dev.aigraph.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why one input line or item was refused, and where: the 1-based line and column for statements, JSON Lines and JSON
 * syntax; the item's index in a JSON array; {@code field} names the JSON field at fault.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InputError(Integer line, Integer column, Integer index, String field, String reason) {

    public static InputError at(int line, int column, String reason) {
        return new InputError(line, column, null, null, reason);
    }

    public static InputError item(Integer line, Integer index, String field, String reason) {
        return new InputError(line, null, index, field, reason);
    }

    /** "line 3, column 14: …" or "item 2, field amount: …", for command-line output and logs. */
    public String describe() {
        var where = new StringBuilder();
        if (line != null) {
            where.append("line ").append(line);
            if (column != null) {
                where.append(", column ").append(column);
            }
        }
        if (index != null) {
            where.append(where.isEmpty() ? "" : ", ").append("item ").append(index);
        }
        if (field != null) {
            where.append(where.isEmpty() ? "" : ", ").append("field ").append(field);
        }
        return where + ": " + reason;
    }
}
