package io.jenkins.plugins.perftracker.core.model;

import java.io.ObjectStreamException;
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
        name = Values.requireText("env_node.name", Values.name(b.name));
        uuid = Values.name(b.uuid);
        version = Values.name(b.version);
        nodeType = Values.name(b.nodeType);
        ip = Values.name(b.ip);
        hostname = Values.name(b.hostname);
        params = Values.text(b.params);
        cpus = Values.nonNegative("env_node.cpus", b.cpus);
        cpusTopology = Values.text(b.cpusTopology);
        ramMb = Values.nonNegative("env_node.ram_mb", b.ramMb);
        diskGb = Values.nonNegative("env_node.disk_gb", b.diskGb);
        links = Values.cleanMap(b.links);
        hwUuid = Values.name(b.hwUuid);
        model = Values.name(b.model);
        serialNum = Values.name(b.serialNum);
        numaNodes = Values.nonNegative("env_node.numa_nodes", b.numaNodes);
        ramInfo = Values.text(b.ramInfo);
        cpuInfo = Values.text(b.cpuInfo);
        children = Values.copyOf(b.children);
    }

    public static EnvNodeBuilder builder(final String name) {
        return new EnvNodeBuilder().name(name);
    }

    /** A builder holding every value of this node, to derive a changed copy. */
    public EnvNodeBuilder toBuilder() {
        return new EnvNodeBuilder().name(name).uuid(uuid).version(version).nodeType(nodeType).ip(ip)
                .hostname(hostname).params(params).cpus(cpus).cpusTopology(cpusTopology).ramMb(ramMb).diskGb(diskGb)
                .links(links).hwUuid(hwUuid).model(model).serialNum(serialNum).numaNodes(numaNodes).ramInfo(ramInfo)
                .cpuInfo(cpuInfo).children(children);
    }

    /** A node that came over remoting or from a file is validated again, as the builder validates it. */
    private Object readResolve() throws ObjectStreamException {
        return Values.resolve("env node", this::toBuilder, EnvNodeBuilder::build);
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
