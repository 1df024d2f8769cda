package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The labels of a JTL, looked up by their raw bytes so that a row costs no string, with a cap on their number: a
 * test plan with a label per URL would otherwise grow without bound. Rows of labels beyond the cap count only in
 * the total.
 */
final class LabelTable {
    private final int maxLabels;
    private final int retainLimit;
    private final List<LabelStats> inOrder = new ArrayList<>();
    private byte[][] keys = new byte[64][];
    private int[] hashes = new int[64];
    private LabelStats[] values = new LabelStats[64];
    private long overflowRows;

    LabelTable(final int maxLabels, final int retainLimit) {
        this.maxLabels = maxLabels;
        this.retainLimit = retainLimit;
    }

    /** The label's aggregate, created on first sight; null when the label is new and the cap is reached. */
    LabelStats get(final byte[] bytes, final int start, final int end) {
        int hash = hash(bytes, start, end);
        int mask = keys.length - 1;
        for (int slot = hash & mask;; slot = (slot + 1) & mask) {
            byte[] key = keys[slot];
            if (key == null) {
                return add(slot, hash, Arrays.copyOfRange(bytes, start, end));
            }
            if (hashes[slot] == hash && Arrays.equals(key, 0, key.length, bytes, start, end)) {
                return values[slot];
            }
        }
    }

    LabelStats get(final String label) {
        byte[] bytes = label.getBytes(StandardCharsets.UTF_8);
        return get(bytes, 0, bytes.length);
    }

    private LabelStats add(final int slot, final int hash, final byte[] key) {
        if (inOrder.size() >= maxLabels) {
            overflowRows++;
            return null;
        }
        LabelStats stats = new LabelStats(new String(key, StandardCharsets.UTF_8), retainLimit);
        keys[slot] = key;
        hashes[slot] = hash;
        values[slot] = stats;
        inOrder.add(stats);
        if (inOrder.size() * 2 > keys.length) {
            grow();
        }
        return stats;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldHashes = hashes;
        LabelStats[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        hashes = new int[keys.length];
        values = new LabelStats[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int hash(final byte[] bytes, final int start, final int end) {
        int h = 1;
        for (int i = start; i < end; i++) {
            h = 31 * h + bytes[i];
        }
        return h ^ (h >>> 16);
    }

    /** The labels in order of first appearance. */
    List<LabelStats> labels() {
        return inOrder;
    }

    /** Rows whose label came after the cap was reached. */
    long overflowRows() {
        return overflowRows;
    }
}
