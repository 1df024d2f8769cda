package io.jenkins.plugins.perftracker.core.farm;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One lab host of the farm (PerfTracker's HwFarmNode). The name is the key and, in Jenkins, the agent's name.
 * Secrets are never held here: {@link #getSshCredentialsId()} and {@link #getIpmiCredentialsId()} name
 * credentials that the glue looks up. Build one with {@link #builder(String)}.
 */
public final class FarmHost {
    /** The inventory page's order: {@code order}, then name. */
    public static final Comparator<FarmHost> DISPLAY_ORDER = Comparator.comparingInt(FarmHost::getOrder)
            .thenComparing(FarmHost::getName);

    private final String name;
    private final String hostname;
    private final String ip;
    private final String purpose;
    private final String location;
    private final String inventoryId;
    private final String notes;
    private final String description;
    private final int order;
    private final boolean hidden;
    private final Set<String> labels;
    private final Set<String> projects;
    private final Map<String, String> links;
    private final String sshCredentialsId;
    private final String ipmiCredentialsId;
    private final HostHardware hardware;

    FarmHost(final FarmHostBuilder b) {
        name = Text.required("name", Text.token("name", b.name), 64);
        hostname = Text.token("hostname", b.hostname);
        ip = Text.token("ip", b.ip);
        purpose = Text.optional("purpose", b.purpose, 128);
        location = Text.optional("location", b.location, 128);
        inventoryId = Text.optional("inventoryId", b.inventoryId, 64);
        notes = Text.optional("notes", b.notes, 512);
        description = Text.optional("description", b.description, 4096);
        order = b.order;
        hidden = b.hidden;
        labels = Text.tokens("labels", b.labels);
        projects = Text.tokens("projects", b.projects);
        links = Text.links("links", b.links);
        sshCredentialsId = Text.token("sshCredentialsId", b.sshCredentialsId);
        ipmiCredentialsId = Text.token("ipmiCredentialsId", b.ipmiCredentialsId);
        hardware = b.hardware;
    }

    public static FarmHostBuilder builder(final String name) {
        return new FarmHostBuilder(name);
    }

    /** A builder holding this host's values, to change some of them. */
    public FarmHostBuilder toBuilder() {
        return new FarmHostBuilder(name).hostname(hostname).ip(ip).purpose(purpose).location(location)
                .inventoryId(inventoryId).notes(notes).description(description).order(order).hidden(hidden)
                .labels(labels).projects(projects).links(links).sshCredentialsId(sshCredentialsId)
                .ipmiCredentialsId(ipmiCredentialsId).hardware(hardware);
    }

    /** PerfTracker's row title: "name (purpose)", or the name alone. */
    public String displayName() {
        return purpose.isEmpty() ? name : name + " (" + purpose + ")";
    }

    /** True if the label set holds the label or the label is the host's own name (as for Jenkins agents). */
    public boolean hasLabel(final String label) {
        return name.equals(label) || labels.contains(label);
    }

    public String getName() {
        return name;
    }

    public String getHostname() {
        return hostname;
    }

    public String getIp() {
        return ip;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getLocation() {
        return location;
    }

    public String getInventoryId() {
        return inventoryId;
    }

    public String getNotes() {
        return notes;
    }

    public String getDescription() {
        return description;
    }

    public int getOrder() {
        return order;
    }

    public boolean isHidden() {
        return hidden;
    }

    public Set<String> getLabels() {
        return labels;
    }

    public Set<String> getProjects() {
        return projects;
    }

    /** Named links such as {@code dashboard} (Grafana), {@code ipmi}, {@code details}, {@code icon}. */
    public Map<String, String> getLinks() {
        return links;
    }

    public String getSshCredentialsId() {
        return sshCredentialsId;
    }

    public String getIpmiCredentialsId() {
        return ipmiCredentialsId;
    }

    public HostHardware getHardware() {
        return hardware;
    }

    private List<Object> values() {
        return Arrays.asList(name, hostname, ip, purpose, location, inventoryId, notes, description, order, hidden,
                labels, projects, links, sshCredentialsId, ipmiCredentialsId, hardware);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof FarmHost && values().equals(((FarmHost) o).values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return displayName();
    }
}
