package io.jenkins.plugins.perftracker.core.farm;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Collects a host's fields; {@link #build()} validates them and names the refused field. */
public final class FarmHostBuilder {
    String name;
    String hostname = "";
    String ip = "";
    String purpose = "";
    String location = "";
    String inventoryId = "";
    String notes = "";
    String description = "";
    int order = 10;
    boolean hidden;
    Collection<String> labels = List.of();
    Collection<String> projects = List.of();
    Map<String, String> links = Map.of();
    String sshCredentialsId = "";
    String ipmiCredentialsId = "";
    HostHardware hardware = HostHardware.UNKNOWN;

    FarmHostBuilder(final String name) {
        this.name = name;
    }

    public FarmHostBuilder hostname(final String value) {
        hostname = value;
        return this;
    }

    public FarmHostBuilder ip(final String value) {
        ip = value;
        return this;
    }

    public FarmHostBuilder purpose(final String value) {
        purpose = value;
        return this;
    }

    /** The physical location, such as rack-row-shelf "4-2-1-15". */
    public FarmHostBuilder location(final String value) {
        location = value;
        return this;
    }

    public FarmHostBuilder inventoryId(final String value) {
        inventoryId = value;
        return this;
    }

    public FarmHostBuilder notes(final String value) {
        notes = value;
        return this;
    }

    public FarmHostBuilder description(final String value) {
        description = value;
        return this;
    }

    /** The position on the dashboard; PerfTracker's default is 10. */
    public FarmHostBuilder order(final int value) {
        order = value;
        return this;
    }

    public FarmHostBuilder hidden(final boolean value) {
        hidden = value;
        return this;
    }

    public FarmHostBuilder labels(final Collection<String> value) {
        labels = Objects.requireNonNull(value, "labels");
        return this;
    }

    /** The projects whose timeline shows this host (PerfTracker's {@code projects}); empty means none. */
    public FarmHostBuilder projects(final Collection<String> value) {
        projects = Objects.requireNonNull(value, "projects");
        return this;
    }

    public FarmHostBuilder links(final Map<String, String> value) {
        links = Objects.requireNonNull(value, "links");
        return this;
    }

    public FarmHostBuilder sshCredentialsId(final String value) {
        sshCredentialsId = value;
        return this;
    }

    public FarmHostBuilder ipmiCredentialsId(final String value) {
        ipmiCredentialsId = value;
        return this;
    }

    public FarmHostBuilder hardware(final HostHardware value) {
        hardware = Objects.requireNonNull(value, "hardware");
        return this;
    }

    public FarmHost build() {
        return new FarmHost(this);
    }
}
