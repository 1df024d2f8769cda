package io.jenkins.plugins.perftracker.core.model;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Errors or warnings of a test: their count and, where the upload sent them, their texts.
 * PerfTracker accepts either a number or a list; a list keeps its texts here instead of only its length.
 */
public final class Messages implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final Messages NONE = new Messages(0, List.of());

    private final int count;
    private final List<String> texts;

    private Messages(final int count, final List<String> texts) {
        this.count = count;
        this.texts = texts;
    }

    /** A bare count, as sent by clients that only count. */
    public static Messages count(final String field, final int count) {
        return count == 0 ? NONE : new Messages(Values.nonNegative(field, count), List.of());
    }

    /** A list of texts; the count is its length. */
    public static Messages of(final List<String> texts) {
        if (texts == null || texts.isEmpty()) {
            return NONE;
        }
        return new Messages(texts.size(), List.copyOf(texts.stream().map(Values::text).toList()));
    }

    /** Messages that came over remoting are checked again: a count that is not negative and agrees with the texts. */
    private Object readResolve() throws ObjectStreamException {
        return Values.resolve("messages", () -> this, m -> {
            if (m.texts == null || m.count < 0 || m.hasTexts() && m.count != m.texts.size()) {
                throw new InvalidValueException("messages", "a count of at least 0 that agrees with the texts expected");
            }
            return m.hasTexts() ? of(m.texts) : count("messages", m.count);
        });
    }

    public int getCount() {
        return count;
    }

    public List<String> getTexts() {
        return texts;
    }

    /** True when the texts were sent (a list), false when only a count is known. */
    public boolean hasTexts() {
        return !texts.isEmpty();
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** Both sets together: texts are kept when both sides have them, otherwise only the counts add up. */
    public Messages plus(final Messages other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        if (hasTexts() && other.hasTexts()) {
            List<String> all = new ArrayList<>(texts);
            all.addAll(other.texts);
            return of(all);
        }
        return new Messages(count + other.count, List.of());
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Messages && ((Messages) o).count == count && ((Messages) o).texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, texts);
    }

    @Override
    public String toString() {
        return hasTexts() ? texts.toString() : String.valueOf(count);
    }
}
