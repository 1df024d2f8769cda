package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Finds a file's encoding by its byte-order mark and steps over the mark: UTF-8, UTF-16 BE or LE; UTF-8 without. */
public final class ByteOrderMark {
    private ByteOrderMark() {
    }

    /** Reads past the mark, if any, and returns the encoding it names (UTF-8 when there is none). */
    public static Charset skip(final BufferedInputStream in) throws IOException {
        in.mark(3);
        int a = in.read();
        int b = in.read();
        int c = in.read();
        in.reset();
        if (a == 0xEF && b == 0xBB && c == 0xBF) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        if (a == 0xFE && b == 0xFF || a == 0xFF && b == 0xFE) {
            in.skipNBytes(2);
            return a == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }
}
