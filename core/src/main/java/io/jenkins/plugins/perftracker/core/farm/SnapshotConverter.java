package io.jenkins.plugins.perftracker.core.farm;

import com.thoughtworks.xstream.converters.Converter;
import com.thoughtworks.xstream.converters.MarshallingContext;
import com.thoughtworks.xstream.converters.UnmarshallingContext;
import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The root {@code <farm version="1" takenAt=".." nextLockId="..">} with the sections {@code <hosts>},
 * {@code <lockTypes>} and {@code <locks>}. Each item's type is fixed by its section, so no element of the file
 * can name a class.
 */
final class SnapshotConverter implements Converter {
    static final String VERSION = "1";
    private static final Map<String, String> ITEMS = Map.of("hosts", "host", "lockTypes", "lockType",
            "locks", "lock");

    @Override
    public boolean canConvert(final Class type) {
        return type == FarmSnapshot.class;
    }

    @Override
    public void marshal(final Object source, final HierarchicalStreamWriter w, final MarshallingContext context) {
        FarmSnapshot s = (FarmSnapshot) source;
        w.addAttribute("version", VERSION);
        w.addAttribute("takenAt", s.getTakenAt().toString());
        w.addAttribute("nextLockId", String.valueOf(s.getNextLockId()));
        section(w, context, "hosts", "host", s.getHosts());
        section(w, context, "lockTypes", "lockType", s.getLockTypes());
        section(w, context, "locks", "lock", s.getLocks());
    }

    private static void section(final HierarchicalStreamWriter w, final MarshallingContext context,
            final String name, final String item, final List<?> values) {
        w.startNode(name);
        for (Object value : values) {
            w.startNode(item);
            context.convertAnother(value);
            w.endNode();
        }
        w.endNode();
    }

    @Override
    public Object unmarshal(final HierarchicalStreamReader reader, final UnmarshallingContext context) {
        checkVersion(reader.getAttribute("version"));
        Instant takenAt = takenAt(reader.getAttribute("takenAt"));
        long nextLockId = nextLockId(reader.getAttribute("nextLockId"));
        List<FarmHost> hosts = new ArrayList<>();
        List<LockType> types = new ArrayList<>();
        List<FarmLock> locks = new ArrayList<>();
        HistoryFilter history = (HistoryFilter) context.get(HistoryFilter.KEY); // set when loading with a policy
        Consumer<FarmLock> lockSink = history == null ? locks::add : history::add;
        while (reader.hasMoreChildren()) {
            reader.moveDown();
            String section = reader.getNodeName();
            switch (section) {
                case "hosts" -> items(reader, context, section, FarmHost.class, hosts::add);
                case "lockTypes" -> items(reader, context, section, LockType.class, types::add);
                case "locks" -> items(reader, context, section, FarmLock.class, lockSink);
                default -> throw new FarmFormatException("farm/" + section + ": unknown element");
            }
            reader.moveUp();
        }
        return new FarmSnapshot(takenAt, hosts, types, history == null ? locks : history.kept(), nextLockId);
    }

    /** Each item goes to {@code sink} as soon as it is read, so a filtering sink keeps memory bounded. */
    private static <T> void items(final HierarchicalStreamReader reader, final UnmarshallingContext context,
            final String section, final Class<T> type, final Consumer<T> sink) {
        while (reader.hasMoreChildren()) {
            reader.moveDown();
            if (!reader.getNodeName().equals(ITEMS.get(section))) {
                throw new FarmFormatException("farm/" + section + "/" + reader.getNodeName() + ": <"
                        + ITEMS.get(section) + "> expected");
            }
            sink.accept(type.cast(context.convertAnother(null, type)));
            reader.moveUp();
        }
    }

    private static void checkVersion(final String version) {
        if (!VERSION.equals(version)) {
            throw new FarmFormatException("farm/@version: " + VERSION + " expected but was '" + version + "'");
        }
    }

    private static Instant takenAt(final String text) {
        try {
            return Instant.parse(String.valueOf(text));
        }
        catch (DateTimeParseException e) {
            throw new FarmFormatException("farm/@takenAt: an ISO-8601 instant expected but was '" + text + "'", e);
        }
    }

    private static long nextLockId(final String text) {
        try {
            return Long.parseLong(String.valueOf(text));
        }
        catch (NumberFormatException e) {
            throw new FarmFormatException("farm/@nextLockId: a number expected but was '" + text + "'", e);
        }
    }
}
