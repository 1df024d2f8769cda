package io.jenkins.plugins.perftracker.core.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One node of a run's environment tree (a host, a VM, a service …), with PerfTracker's fields including the
 * hardware chassis ones. Credentials are never part of it: PerfTracker's client sends ssh user and password,
 * which are dropped on reading.
 */
@SuppressWarnings("PMD.TooManyFields")
public final class EnvNode implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String uuid;
    private final String version;
    private final String nodeType;
    private final String ip;
    private final String hostname;
    private final String params;
    private final int cpus;
    private final String cpusTopology;
    private final long ramMb;
    private final long diskGb;
    private final Map<String, String> links;
    private final String hwUuid;
    private final String model;
    private final String serialNum;
    private final int numaNodes;
    private final String ramInfo;
    private final String cpuInfo;
    private final List<EnvNode> children;

    EnvNode(final EnvNodeBuilder b) {
        name = Values.requireText("env_node.name", b.name);
        uuid = Values.orEmpty(b.uuid);
        version = Values.orEmpty(b.version);
        nodeType = Values.orEmpty(b.nodeType);
        ip = Values.orEmpty(b.ip);
        hostname = Values.orEmpty(b.hostname);
        params = Values.orEmpty(b.params);
        cpus = Values.nonNegative("env_node.cpus", b.cpus);
        cpusTopology = Values.orEmpty(b.cpusTopology);
        ramMb = Values.nonNegative("env_node.ram_mb", b.ramMb);
        diskGb = Values.nonNegative("env_node.disk_gb", b.diskGb);
        links = Values.copyOf(b.links);
        hwUuid = Values.orEmpty(b.hwUuid);
        model = Values.orEmpty(b.model);
        serialNum = Values.orEmpty(b.serialNum);
        numaNodes = Values.nonNegative("env_node.numa_nodes", b.numaNodes);
        ramInfo = Values.orEmpty(b.ramInfo);
        cpuInfo = Values.orEmpty(b.cpuInfo);
        children = Values.copyOf(b.children);
    }

    public static EnvNodeBuilder builder(final String name) {
        return new EnvNodeBuilder().name(name);
    }

    public String getName() {
        return name;
    }

    public String getUuid() {
        return uuid;
    }

    public String getVersion() {
        return version;
    }

    public String getNodeType() {
        return nodeType;
    }

    public String getIp() {
        return ip;
    }

    public String getHostname() {
        return hostname;
    }

    public String getParams() {
        return params;
    }

    public int getCpus() {
        return cpus;
    }

    public String getCpusTopology() {
        return cpusTopology;
    }

    public long getRamMb() {
        return ramMb;
    }

    public long getDiskGb() {
        return diskGb;
    }

    public Map<String, String> getLinks() {
        return links;
    }

    public String getHwUuid() {
        return hwUuid;
    }

    public String getModel() {
        return model;
    }

    public String getSerialNum() {
        return serialNum;
    }

    public int getNumaNodes() {
        return numaNodes;
    }

    public String getRamInfo() {
        return ramInfo;
    }

    public String getCpuInfo() {
        return cpuInfo;
    }

    public List<EnvNode> getChildren() {
        return children;
    }

    @Override
    public boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EnvNode)) {
            return false;
        }
        EnvNode n = (EnvNode) o;
        return cpus == n.cpus && ramMb == n.ramMb && diskGb == n.diskGb && numaNodes == n.numaNodes
                && name.equals(n.name) && uuid.equals(n.uuid) && version.equals(n.version)
                && nodeType.equals(n.nodeType) && ip.equals(n.ip) && hostname.equals(n.hostname)
                && params.equals(n.params) && cpusTopology.equals(n.cpusTopology) && links.equals(n.links)
                && hwUuid.equals(n.hwUuid) && model.equals(n.model) && serialNum.equals(n.serialNum)
                && ramInfo.equals(n.ramInfo) && cpuInfo.equals(n.cpuInfo) && children.equals(n.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, uuid, nodeType, children);
    }

    @Override
    public String toString() {
        return nodeType.isEmpty() ? name : nodeType + " " + name;
    }
}
