package io.jenkins.plugins.perftracker.core.farm;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The farm page's tables as view models: one row per visible host (name, purpose, labels, hardware, status,
 * lock, owner, until), optionally only hosts with a label, and the newest ended locks. Text is raw; the page
 * escapes it.
 */
public final class FarmHostTable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FarmHostTable() {
    }

    /** One host as the table shows it; {@code lockId} is 0 for a free host. */
    public record Row(String name, String purpose, String labels, String hardware, String status, long lockId,
            String lockTitle, String owner, String until, String heldOutside) {
    }

    /** One ended lock of the history. */
    public record Ended(long id, String title, String owner, String type, String hosts, String begin, String end) {
    }

    /**
     * The rows of {@code farm} (already restricted to what the user sees), only hosts with {@code label} when
     * one is given; {@code heldOutside} tells holds made outside the farm (Lockable Resources).
     */
    public static List<Row> rows(final FarmSnapshot farm, final Optional<String> label, final ZoneId zone,
            final Function<String, Optional<String>> heldOutside) {
        List<Row> rows = new ArrayList<>();
        for (FarmHost host : farm.getHosts()) {
            if (label.isPresent() && !host.hasLabel(label.get())) {
                continue;
            }
            Optional<FarmLock> lock = farm.activeLock(host.getName());
            rows.add(new Row(host.getName(), host.getPurpose(), String.join(" ", host.getLabels()),
                    hardware(host.getHardware()), farm.status(host.getName()).name().replace('_', ' ')
                            .toLowerCase(Locale.ROOT),
                    lock.map(FarmLock::getId).orElse(0L), lock.map(FarmLock::getTitle).orElse(""),
                    lock.map(FarmLock::getOwner).orElse(""),
                    lock.map(l -> HostBlockage.until(l, farm.lockType(l.getType()), farm.getTakenAt(), zone).strip())
                            .orElse(""),
                    heldOutside.apply(host.getName()).orElse("")));
        }
        return rows;
    }

    /** Every label of the hosts, sorted, for the filter. */
    public static List<String> labels(final FarmSnapshot farm) {
        TreeSet<String> labels = new TreeSet<>();
        farm.getHosts().forEach(h -> labels.addAll(h.getLabels()));
        return new ArrayList<>(labels);
    }

    /** The newest {@code limit} ended locks, newest end first. */
    public static List<Ended> history(final FarmSnapshot farm, final ZoneId zone, final int limit) {
        return farm.getLocks().stream().filter(l -> !l.isActiveAt(farm.getTakenAt()))
                .sorted(Comparator.comparing((FarmLock l) -> l.getEnd().orElseThrow()).reversed()).limit(limit)
                .map(l -> new Ended(l.getId(), l.getTitle(), l.getOwner(), l.getType(), String.join(", ", l.getHosts()),
                        TIME.format(l.getBegin().atZone(zone)), TIME.format(l.getEnd().orElseThrow().atZone(zone))))
                .toList();
    }

    /** "16 CPUs (Intel Xeon …), 64.0 GB, Debian 12": what is known, or empty. */
    static String hardware(final HostHardware hw) {
        List<String> parts = new ArrayList<>();
        if (hw.getCpus() > 0) {
            parts.add(hw.getCpus() + " CPUs" + (hw.getCpuInfo().isEmpty() ? "" : " (" + hw.getCpuInfo() + ")"));
        }
        if (hw.getRamGb() > 0) {
            parts.add(String.format(Locale.ROOT, "%.1f GB", hw.getRamGb()));
        }
        if (!hw.getOs().isEmpty()) {
            parts.add(hw.getOs());
        }
        return String.join(", ", parts);
    }
}
