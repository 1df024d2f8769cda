package io.jenkins.plugins.perftracker.core.store;

import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The child elements of one record element, each named once with how to write it from the value and how to
 * read it into the builder. Reading ignores elements it does not know (written by a newer version) and leaves
 * absent ones to the builder's defaults; a failure names the element it happened in.
 *
 * @param <T> the value type written
 * @param <B> the builder type read into
 */
final class FieldTable<T, B> {
    /** Writes the content of a field's element (the element itself is already open). */
    interface ContentWriter<T> {
        void write(T source, HierarchicalStreamWriter writer);
    }

    /** Reads the content of a field's element (the reader stands on it). */
    interface ContentReader<B> {
        void read(B builder, HierarchicalStreamReader reader);
    }

    private record Field<T, B>(String name, Predicate<T> present, ContentWriter<T> writer, ContentReader<B> reader) {
    }

    private final List<Field<T, B>> fields = new ArrayList<>();
    private final Map<String, Field<T, B>> byName = new HashMap<>();

    /** A field written only when {@code present} holds for the value. */
    FieldTable<T, B> add(final String name, final Predicate<T> present, final ContentWriter<T> writer,
            final ContentReader<B> reader) {
        Field<T, B> field = new Field<>(name, present, writer, reader);
        fields.add(field);
        byName.put(name, field);
        return this;
    }

    /** A text field, written when not empty. */
    FieldTable<T, B> text(final String name, final Function<T, String> getter, final BiConsumer<B, String> setter) {
        return add(name, t -> !getter.apply(t).isEmpty(), (t, w) -> w.setValue(getter.apply(t)),
                (b, r) -> setter.accept(b, r.getValue()));
    }

    void write(final T source, final HierarchicalStreamWriter writer) {
        for (Field<T, B> field : fields) {
            if (field.present().test(source)) {
                writer.startNode(field.name());
                field.writer().write(source, writer);
                writer.endNode();
            }
        }
    }

    void read(final B builder, final HierarchicalStreamReader reader) {
        while (reader.hasMoreChildren()) {
            reader.moveDown();
            Field<T, B> field = byName.get(reader.getNodeName());
            if (field != null) {
                try {
                    field.reader().read(builder, reader);
                }
                catch (IllegalArgumentException | RecordFormatException e) {
                    throw RecordFormatException.within(field.name(), e);
                }
            }
            reader.moveUp();
        }
    }
}
