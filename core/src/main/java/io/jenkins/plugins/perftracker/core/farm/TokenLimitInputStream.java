package io.jenkins.plugins.perftracker.core.farm;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds the memory a farm file can take while it streams through the parser: no single tag or text may be
 * longer than {@code maxToken} bytes (the parser buffers one token at a time), however long the file is. So a
 * file that is large because of history still loads, and one huge element is refused with its offset.
 */
final class TokenLimitInputStream extends FilterInputStream {
    private final int maxToken;
    private long offset;
    private long tokenStart;

    TokenLimitInputStream(final InputStream in, final int maxToken) {
        super(in);
        this.maxToken = maxToken;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(final byte[] buffer, final int from, final int length) throws IOException {
        int n = super.read(buffer, from, length);
        for (int i = 0; i < n; i++) {
            see(buffer[from + i]);
        }
        return n;
    }

    private void see(final byte b) {
        offset++;
        if (b == '<' || b == '>') {
            tokenStart = offset;
        }
        else if (offset - tokenStart > maxToken) {
            throw new FarmFormatException("an element or text longer than " + maxToken + " bytes at byte "
                    + (tokenStart + 1) + " (the farm file holds short values only)");
        }
    }

    @Override
    public long skip(final long n) throws IOException {
        throw new IOException("skip is not supported");
    }
}
