package io.jenkins.plugins.perftracker.core.store;

import com.thoughtworks.xstream.converters.Converter;
import com.thoughtworks.xstream.converters.MarshallingContext;
import com.thoughtworks.xstream.converters.UnmarshallingContext;
import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts one model type to and from its element's children. Objects are made only through the model's
 * builder, so every value read passes the model's validation and no field is ever set by reflection.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
abstract class RecordConverter<T, B> implements Converter {
    private final Class<T> type;

    RecordConverter(final Class<T> type) {
        this.type = type;
    }

    /** The table of the type's child elements. */
    abstract FieldTable<T, B> fields();

    abstract B newBuilder();

    abstract T build(B builder);

    @Override
    public boolean canConvert(@SuppressWarnings("rawtypes") final Class candidate) {
        return candidate == type;
    }

    @Override
    public void marshal(final Object source, final HierarchicalStreamWriter writer, final MarshallingContext context) {
        write(type.cast(source), writer);
    }

    @Override
    public Object unmarshal(final HierarchicalStreamReader reader, final UnmarshallingContext context) {
        return read(reader);
    }

    void write(final T value, final HierarchicalStreamWriter writer) {
        fields().write(value, writer);
    }

    T read(final HierarchicalStreamReader reader) {
        B builder = newBuilder();
        fields().read(builder, reader);
        try {
            return build(builder);
        }
        catch (InvalidValueException e) {
            String prefix = e.getField() + ": ";
            String message = String.valueOf(e.getMessage());
            throw new RecordFormatException("(" + e.getField() + ")",
                    message.startsWith(prefix) ? message.substring(prefix.length()) : message, e);
        }
    }

    /** Writes {@code values}, each as one {@code element}. */
    void writeList(final String element, final List<T> values, final HierarchicalStreamWriter writer) {
        for (T value : values) {
            writer.startNode(element);
            write(value, writer);
            writer.endNode();
        }
    }

    /** Reads every {@code element} child; a failure names the element and its position, counted from 1. */
    List<T> readList(final String element, final HierarchicalStreamReader reader) {
        List<T> values = new ArrayList<>();
        int index = 0;
        while (reader.hasMoreChildren()) {
            reader.moveDown();
            if (element.equals(reader.getNodeName())) {
                index++;
                try {
                    values.add(read(reader));
                }
                catch (IllegalArgumentException | RecordFormatException e) {
                    throw RecordFormatException.within(element + "[" + index + "]", e);
                }
            }
            reader.moveUp();
        }
        return values;
    }
}
