package fr.passerelle.training.catalogue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a file of the catalogue is encoded. The national files come in UTF-8 (some with a byte order mark) or in
 * Windows-1252 (cp1252), as their publishers wrote them. A byte order mark decides; otherwise a file whose bytes are all
 * valid UTF-8 and hold at least one multi-byte sequence is UTF-8 even if cp1252 was expected (someone re-saved it); a
 * file expected in UTF-8 stays UTF-8 and its invalid lines are rejected one by one; a file expected in cp1252 that is
 * not valid UTF-8 is cp1252.
 */
public final class CatalogueEncoding {

    public static final Charset CP1252 = Charset.forName("windows-1252");

    private CatalogueEncoding() {
    }

    /** The encoding to read the file with. */
    public static Charset detect(byte[] content, Charset expected) {
        if (hasBom(content)) {
            return StandardCharsets.UTF_8;
        }
        if (expected.equals(StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        return isUtf8(content, 0, content.length) && hasMultiByte(content) ? StandardCharsets.UTF_8 : expected;
    }

    static boolean hasBom(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF;
    }

    /** Whether these bytes are valid UTF-8. */
    public static boolean isUtf8(byte[] content, int from, int to) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(content, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasMultiByte(byte[] content) {
        for (byte b : content) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line read as cp1252 holds text that was UTF-8 ("Ã©" for "é"): a cp1252 file with such a line mixes two
     * encodings, and the line is rejected rather than stored garbled.
     */
    public static boolean looksLikeUtf8ReadAsCp1252(String line) {
        for (int i = 0; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 'Â' && c <= 'ï' && (c == 'Â' || c == 'Ã' || c == 'â')) {
                byte[] next = String.valueOf(line.charAt(i + 1)).getBytes(CP1252);
                if (next.length == 1 && (next[0] & 0xC0) == 0x80) {
                    return true;
                }
            }
        }
        return false;
    }
}
