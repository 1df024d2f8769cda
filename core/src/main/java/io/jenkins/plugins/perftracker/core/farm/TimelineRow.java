package io.jenkins.plugins.perftracker.core.farm;

/** One timeline row: a visible host, labelled "name (purpose)", with its status now. */
public final class TimelineRow {
    private final String host;
    private final String label;
    private final HostStatus status;

    TimelineRow(final String host, final String label, final HostStatus status) {
        this.host = host;
        this.label = label;
        this.status = status;
    }

    public String getHost() {
        return host;
    }

    public String getLabel() {
        return label;
    }

    public HostStatus getStatus() {
        return status;
    }
}
