package io.jenkins.plugins.perftracker.core.farm;

import com.thoughtworks.xstream.converters.Converter;
import com.thoughtworks.xstream.converters.MarshallingContext;
import com.thoughtworks.xstream.converters.UnmarshallingContext;
import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;

import java.util.Set;

/** {@code <lockType name="Maintenance">} with colours, order and the two rules. */
final class LockTypeConverter implements Converter {
    private static final Set<String> SINGLE = Set.of("background", "foreground", "order", "outOfService",
            "expiring");

    @Override
    public boolean canConvert(final Class type) {
        return type == LockType.class;
    }

    @Override
    public void marshal(final Object source, final HierarchicalStreamWriter w, final MarshallingContext context) {
        LockType t = (LockType) source;
        w.addAttribute("name", t.getName());
        XmlFields.write(w, "background", t.getBackground());
        XmlFields.write(w, "foreground", t.getForeground());
        XmlFields.write(w, "order", t.getOrder());
        XmlFields.write(w, "outOfService", t.isOutOfService());
        XmlFields.write(w, "expiring", t.isExpiring());
    }

    @Override
    public Object unmarshal(final HierarchicalStreamReader reader, final UnmarshallingContext context) {
        String name = reader.getAttribute("name");
        XmlFields f = XmlFields.read(reader, "farm/lockTypes/lockType[@name='" + name + "']", SINGLE, Set.of());
        return CodecErrors.named(f.path(), () -> LockType.of(name, f.text("background"), f.text("foreground"))
                .withOrder(f.intValue("order", 1)).withOutOfService(f.bool("outOfService"))
                .withExpiring(f.bool("expiring")));
    }
}
