package io.jenkins.plugins.perftracker.core.farm;

import com.thoughtworks.xstream.converters.Converter;
import com.thoughtworks.xstream.converters.MarshallingContext;
import com.thoughtworks.xstream.converters.UnmarshallingContext;
import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** {@code <lock id="12">}: request fields, begin, optional end and one {@code <host>} per locked host. */
final class LockConverter implements Converter {
    private static final Set<String> SINGLE = Set.of("title", "owner", "type", "plannedHours", "manual", "begin",
            "end");

    @Override
    public boolean canConvert(final Class type) {
        return type == FarmLock.class;
    }

    @Override
    public void marshal(final Object source, final HierarchicalStreamWriter w, final MarshallingContext context) {
        FarmLock l = (FarmLock) source;
        w.addAttribute("id", String.valueOf(l.getId()));
        XmlFields.write(w, "title", l.getTitle());
        XmlFields.write(w, "owner", l.getOwner());
        XmlFields.write(w, "type", l.getType());
        XmlFields.write(w, "plannedHours", l.getPlannedHours());
        XmlFields.write(w, "manual", l.isManual());
        XmlFields.write(w, "begin", l.getBegin());
        l.getEnd().ifPresent(end -> XmlFields.write(w, "end", end));
        XmlFields.writeAll(w, "host", l.getHosts());
    }

    @Override
    public Object unmarshal(final HierarchicalStreamReader reader, final UnmarshallingContext context) {
        String idText = reader.getAttribute("id");
        XmlFields f = XmlFields.read(reader, "farm/locks/lock[@id='" + idText + "']", SINGLE, Set.of("host"));
        long id = parseId(f, idText);
        Instant begin = f.instant("begin");
        Instant end = f.instant("end");
        List<String> hosts = f.texts("host");
        if (begin == null || hosts.isEmpty() || end != null && end.isBefore(begin)) {
            throw new FarmFormatException(f.path() + ": a begin, at least one host and no end before the begin "
                    + "expected");
        }
        LockRequest request = CodecErrors.named(f.path(), () -> (f.bool("manual")
                ? LockRequest.manual(f.text("title"), f.text("owner"))
                : LockRequest.automatic(f.text("title"), f.text("owner")))
                .withPlannedHours(f.intValue("plannedHours", 24)).withType(f.text("type")));
        return new FarmLock(id, request, begin, end, hosts);
    }

    private static long parseId(final XmlFields f, final String idText) {
        try {
            long id = Long.parseLong(idText == null ? "" : idText);
            if (id > 0) {
                return id;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw f.invalid("@id", "a positive lock id", String.valueOf(idText));
    }
}
