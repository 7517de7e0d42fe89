package dev.aigraph.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a backup file, numbered, decoded as strict UTF-8 and each at most {@link #MAX_CHARS} long: a hostile
 * file of one endless line is refused instead of filling the memory.
 */
final class LineReader implements AutoCloseable {

    /** Far above any line aigraph writes (names are at most 200 characters, sentences 2,000). */
    static final int MAX_CHARS = 8 * 1024 * 1024;

    private final Reader reader;
    private final char[] buffer = new char[64 * 1024];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private long number;

    LineReader(InputStream in) {
        this.reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The number of the line {@link #next()} returned last. */
    long number() {
        return number;
    }

    /**
     * The next line without its line end ({@code \n}, or {@code \r\n} from a copy made on Windows), or null at the end.
     *
     * @throws BackupFileException when the line is not UTF-8 or too long
     */
    String next() throws IOException {
        line.setLength(0);
        while (true) {
            if (position == limit) {
                try {
                    limit = reader.read(buffer);
                } catch (CharacterCodingException e) {
                    throw new BackupFileException(number + 1, "not UTF-8 text (" + e.getMessage() + ")");
                }
                position = 0;
                if (limit < 0) {
                    limit = 0;
                    return line.isEmpty() ? null : end();
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            line.append(buffer, start, position - start);
            if (line.length() > MAX_CHARS) {
                throw new BackupFileException(number + 1, "longer than " + MAX_CHARS + " characters");
            }
            if (position < limit) {
                position++;
                return end();
            }
        }
    }

    private String end() {
        number++;
        int length = line.length();
        return length > 0 && line.charAt(length - 1) == '\r' ? line.substring(0, length - 1) : line.toString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
