package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 times with a mandatory offset, in the spellings Django's parse_datetime accepts: 'T' or a space
 * between date and time, and offsets Z, +03:00, +0300 or +03.
 */
public final class IsoTimes {
    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private IsoTimes() {
    }

    /**
     * Parses a time with offset.
     *
     * @throws JsonFieldException naming the field when the text is no time or has no offset
     */
    public static OffsetDateTime parse(final String field, final String text) {
        String iso = text.trim();
        if (iso.length() > 10 && iso.charAt(10) == ' ') {
            iso = iso.substring(0, 10) + 'T' + iso.substring(11);
        }
        try {
            return OffsetDateTime.parse(iso, FORMAT);
        }
        catch (DateTimeParseException e) {
            throw new JsonFieldException(field, "an ISO-8601 time with an offset expected (for example "
                    + "2018-10-01T12:00:03.120000+03:00; a time without offset is ambiguous) but was '" + text + "'");
        }
    }
}
