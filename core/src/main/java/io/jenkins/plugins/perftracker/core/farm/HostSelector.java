package io.jenkins.plugins.perftracker.core.farm;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** Which hosts a pipeline will take: one by name, or any host with a label, a purpose or another property. */
public final class HostSelector {
    private final String description;
    private final Predicate<FarmHost> predicate;
    private final String hostName;

    private HostSelector(final String description, final Predicate<FarmHost> predicate, final String hostName) {
        this.description = description;
        this.predicate = predicate;
        this.hostName = hostName;
    }

    /** Exactly this host; an unknown name is refused at once instead of waiting. */
    public static HostSelector named(final String name) {
        String host = Text.required("host", name, 64);
        return new HostSelector("host '" + host + "'", h -> h.getName().equals(host), host);
    }

    /** Any host carrying the label (a host's own name counts as its label, as for Jenkins agents). */
    public static HostSelector withLabel(final String label) {
        String value = Text.required("label", label, Text.MAX_TOKEN);
        return new HostSelector("label '" + value + "'", h -> h.hasLabel(value), null);
    }

    /** Any host whose purpose is this one. */
    public static HostSelector withPurpose(final String purpose) {
        String value = Text.required("purpose", purpose, 128);
        return new HostSelector("purpose '" + value + "'", h -> h.getPurpose().equals(value), null);
    }

    /** Any host the predicate accepts; the description appears in messages ("label 'x86' and 64 GB"). */
    public static HostSelector matching(final String description, final Predicate<FarmHost> predicate) {
        return new HostSelector(Text.required("description", description, 256),
                Objects.requireNonNull(predicate, "predicate"), null);
    }

    public boolean matches(final FarmHost host) {
        return predicate.test(host);
    }

    /** The host name of {@link #named}. */
    Optional<String> hostName() {
        return Optional.ofNullable(hostName);
    }

    public String describe() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
