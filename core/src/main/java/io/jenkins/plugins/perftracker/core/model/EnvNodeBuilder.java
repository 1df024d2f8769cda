package io.jenkins.plugins.perftracker.core.model;

import java.util.List;
import java.util.Map;

/** Collects an environment node's values. */
@SuppressWarnings("checkstyle:HiddenField")
public final class EnvNodeBuilder {
    String name;
    String uuid;
    String version;
    String nodeType;
    String ip;
    String hostname;
    String params;
    int cpus;
    String cpusTopology;
    long ramMb;
    long diskGb;
    Map<String, String> links;
    String hwUuid;
    String model;
    String serialNum;
    int numaNodes;
    String ramInfo;
    String cpuInfo;
    List<EnvNode> children;

    public EnvNodeBuilder name(final String name) {
        this.name = name;
        return this;
    }

    public EnvNodeBuilder uuid(final String uuid) {
        this.uuid = uuid;
        return this;
    }

    public EnvNodeBuilder version(final String version) {
        this.version = version;
        return this;
    }

    public EnvNodeBuilder nodeType(final String nodeType) {
        this.nodeType = nodeType;
        return this;
    }

    public EnvNodeBuilder ip(final String ip) {
        this.ip = ip;
        return this;
    }

    public EnvNodeBuilder hostname(final String hostname) {
        this.hostname = hostname;
        return this;
    }

    public EnvNodeBuilder params(final String params) {
        this.params = params;
        return this;
    }

    public EnvNodeBuilder cpus(final int cpus) {
        this.cpus = cpus;
        return this;
    }

    public EnvNodeBuilder cpusTopology(final String cpusTopology) {
        this.cpusTopology = cpusTopology;
        return this;
    }

    public EnvNodeBuilder ramMb(final long ramMb) {
        this.ramMb = ramMb;
        return this;
    }

    public EnvNodeBuilder diskGb(final long diskGb) {
        this.diskGb = diskGb;
        return this;
    }

    public EnvNodeBuilder links(final Map<String, String> links) {
        this.links = links;
        return this;
    }

    public EnvNodeBuilder hwUuid(final String hwUuid) {
        this.hwUuid = hwUuid;
        return this;
    }

    public EnvNodeBuilder model(final String model) {
        this.model = model;
        return this;
    }

    public EnvNodeBuilder serialNum(final String serialNum) {
        this.serialNum = serialNum;
        return this;
    }

    public EnvNodeBuilder numaNodes(final int numaNodes) {
        this.numaNodes = numaNodes;
        return this;
    }

    public EnvNodeBuilder ramInfo(final String ramInfo) {
        this.ramInfo = ramInfo;
        return this;
    }

    public EnvNodeBuilder cpuInfo(final String cpuInfo) {
        this.cpuInfo = cpuInfo;
        return this;
    }

    public EnvNodeBuilder children(final List<EnvNode> children) {
        this.children = children;
        return this;
    }

    public EnvNode build() {
        return new EnvNode(this);
    }
}
