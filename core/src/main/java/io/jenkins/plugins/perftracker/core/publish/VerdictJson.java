package io.jenkins.plugins.perftracker.core.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.verdict.Verdict;

/**
 * A build's verdict as JSON: kept beside the build record so the verdict page shows what the build was told,
 * and served as is to scripts. Unknown fields from a newer version are ignored when read.
 */
public final class VerdictJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
            .addMixIn(SeriesKey.class, SeriesKeyCreator.class);

    private VerdictJson() {
    }

    public static void write(final Verdict verdict, final OutputStream out) throws IOException {
        MAPPER.writeValue(out, verdict);
    }

    public static Verdict read(final InputStream in) throws IOException {
        return MAPPER.readValue(in, Verdict.class);
    }

    public static String toJson(final Verdict verdict) throws IOException {
        return MAPPER.writeValueAsString(verdict);
    }

    /** Tells Jackson how to build a series key, which the model declares without Jackson. */
    abstract static class SeriesKeyCreator {
        @JsonCreator
        SeriesKeyCreator(@JsonProperty("group") final String group, @JsonProperty("tag") final String tag,
                @JsonProperty("category") final String category, @JsonProperty("unit") final String unit) {
        }
    }
}
