package io.jenkins.plugins.perftracker.core.store.index;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Reads what {@link ByteSink} wrote; a value running past the end is reported as corruption. */
final class ByteSource {
    private final ByteBuffer buffer;

    ByteSource(final ByteBuffer buffer) {
        this.buffer = buffer;
    }

    boolean hasRemaining() {
        return buffer.hasRemaining();
    }

    int remaining() {
        return buffer.remaining();
    }

    int position() {
        return buffer.position();
    }

    int get() {
        return buffer.get() & 0xFF;
    }

    long getVarLong() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = buffer.get();
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalStateException("varint longer than 10 bytes");
    }

    int getVarInt() {
        long value = getVarLong();
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new IllegalStateException("varint out of int range: " + value);
        }
        return (int) value;
    }

    long getZigZag() {
        long raw = getVarLong();
        return raw >>> 1 ^ -(raw & 1);
    }

    int getInt() {
        return buffer.getInt();
    }

    long getLong() {
        return buffer.getLong();
    }

    double getDouble() {
        return buffer.getDouble();
    }

    float getFloat() {
        return buffer.getFloat();
    }

    String getString() {
        int length = getVarInt();
        if (length > buffer.remaining()) {
            throw new BufferUnderflowException();
        }
        byte[] utf8 = new byte[length];
        buffer.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
