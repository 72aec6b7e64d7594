package fr.passerelle.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar (RFC 5545) content lines: TEXT values escaped, lines folded at 75 octets without splitting a
 * UTF-8 character, CRLF line ends. The platform writes its calendars itself (feeds, meeting invitations) with this
 * writer; the tests read them back with a calendar library.
 */
public final class IcsWriter {

    /** The local time of a {@code TZID}-qualified value: {@code 20261210T140000}. */
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    /** A UTC time: {@code 20261210T130000Z}. */
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** One content line, folded: each continuation line starts with a space and holds at most 74 more octets. */
    public IcsWriter line(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        boolean first = true;
        do {
            int limit = first ? LINE_OCTETS : LINE_OCTETS - 1;
            int end = Math.min(bytes.length, start + limit);
            while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                end--; // never split a UTF-8 character
            }
            out.append(first ? "" : " ").append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n");
            start = end;
            first = false;
        } while (start < bytes.length);
        return this;
    }

    /** A property with a TEXT value, escaped; nothing when the text is blank. */
    public IcsWriter property(String name, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return line(name + ":" + escape(text));
    }

    /**
     * A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, every line break — CRLF, LF or a lone
     * CR — written {@code \n}, and the other control characters, which a TEXT value may not hold, left out.
     */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\\n")
                .replaceAll("[\\x00-\\x08\\x0A-\\x1F\\x7F]", "");
    }

    /**
     * A parameter value (RFC 5545, 3.2), such as a {@code CN}: quoted, since it may hold {@code :;,}; the double quote
     * and control characters, which a parameter value may not hold, left out.
     */
    public static String parameter(String value) {
        return "\"" + value.replaceAll("[\"\\x00-\\x08\\x0A-\\x1F\\x7F]", "") + "\"";
    }

    /** A local date and time, for a value qualified by {@code TZID}. */
    public static String local(LocalDateTime time) {
        return LOCAL.format(time);
    }

    /** An instant in UTC, as {@code DTSTAMP} wants it. */
    public static String utc(Instant instant) {
        return UTC.format(instant);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
