package io.jenkins.plugins.perftracker.core.store.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable big-endian byte buffer with LEB128 varints, for encoding records and segments. */
final class ByteSink {
    private byte[] bytes;
    private int size;

    ByteSink(final int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }

    byte[] array() {
        return bytes;
    }

    void clear() {
        size = 0;
    }

    ByteSink put(final int b) {
        ensure(1);
        bytes[size++] = (byte) b;
        return this;
    }

    ByteSink putVarLong(final long value) {
        ensure(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) (v & 0x7F | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
        return this;
    }

    ByteSink putZigZag(final long value) {
        return putVarLong(value << 1 ^ value >> 63);
    }

    ByteSink putInt(final int value) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    ByteSink putLong(final long value) {
        putInt((int) (value >>> 32));
        return putInt((int) value);
    }

    ByteSink putDouble(final double value) {
        return putLong(Double.doubleToRawLongBits(value));
    }

    ByteSink putFloat(final float value) {
        return putInt(Float.floatToRawIntBits(value));
    }

    ByteSink putString(final String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        putVarLong(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
        return this;
    }

    ByteSink putBytes(final byte[] source, final int length) {
        ensure(length);
        System.arraycopy(source, 0, bytes, size, length);
        size += length;
        return this;
    }

    private void ensure(final int extra) {
        if (size + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
        }
    }
}
