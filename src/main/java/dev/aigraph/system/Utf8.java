package dev.aigraph.system;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text in, as request bodies and input files: UTF-8, strictly. */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * The bytes as text, refusing what is not UTF-8: a replacement character would slip quietly into names and
     * sentences.
     *
     * @throws IllegalArgumentException saying "not UTF-8 text" and where the first bad byte is
     */
    public static String decode(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            String before = out.flip().toString();
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            throw new IllegalArgumentException(("not UTF-8 text: the byte 0x%02x at offset %d (line %d, column %d) "
                    + "is not part of a character").formatted(bytes[offset] & 0xff, offset, line, column));
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
