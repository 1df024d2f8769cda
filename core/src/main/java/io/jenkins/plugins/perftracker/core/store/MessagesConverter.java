package io.jenkins.plugins.perftracker.core.store;

import com.thoughtworks.xstream.converters.Converter;
import com.thoughtworks.xstream.converters.MarshallingContext;
import com.thoughtworks.xstream.converters.UnmarshallingContext;
import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;

import io.jenkins.plugins.perftracker.core.model.Messages;

import java.util.List;

/**
 * A test's errors or warnings: {@code <text>} children when their texts are known, otherwise only a
 * {@code count} attribute.
 */
final class MessagesConverter implements Converter {
    private static final String TEXT = "text";
    private static final String COUNT = "count";

    @Override
    public boolean canConvert(@SuppressWarnings("rawtypes") final Class type) {
        return type == Messages.class;
    }

    @Override
    public void marshal(final Object source, final HierarchicalStreamWriter writer, final MarshallingContext context) {
        write((Messages) source, writer);
    }

    @Override
    public Object unmarshal(final HierarchicalStreamReader reader, final UnmarshallingContext context) {
        return read(reader);
    }

    void write(final Messages messages, final HierarchicalStreamWriter writer) {
        if (messages.hasTexts()) {
            XmlValues.writeTexts(TEXT, messages.getTexts(), writer);
        }
        else {
            writer.addAttribute(COUNT, String.valueOf(messages.getCount()));
        }
    }

    Messages read(final HierarchicalStreamReader reader) {
        String count = reader.getAttribute(COUNT);
        List<String> texts = XmlValues.readTexts(TEXT, reader);
        if (!texts.isEmpty() || count == null) {
            return Messages.of(texts);
        }
        try {
            return Messages.count(COUNT, XmlValues.parseInt(count));
        }
        catch (IllegalArgumentException e) {
            throw new RecordFormatException("@" + COUNT, e.getMessage(), e);
        }
    }
}
