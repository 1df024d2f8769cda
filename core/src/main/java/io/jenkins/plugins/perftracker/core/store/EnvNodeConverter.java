package io.jenkins.plugins.perftracker.core.store;

import com.thoughtworks.xstream.io.HierarchicalStreamReader;

import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.EnvNodeBuilder;

import java.util.List;

/** An environment node with its children, recursively; only the fields that hold a value are written. */
final class EnvNodeConverter extends RecordConverter<EnvNode, EnvNodeBuilder> {
    static final String ELEMENT = "env-node";
    private static final String CHILDREN = "children";
    /** Deeper trees are refused: a crafted record must not exhaust the stack. */
    static final int MAX_DEPTH = 64;
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final FieldTable<EnvNode, EnvNodeBuilder> fields = new FieldTable<EnvNode, EnvNodeBuilder>()
            .text("name", EnvNode::getName, EnvNodeBuilder::name)
            .text("uuid", EnvNode::getUuid, EnvNodeBuilder::uuid)
            .text("version", EnvNode::getVersion, EnvNodeBuilder::version)
            .text("node-type", EnvNode::getNodeType, EnvNodeBuilder::nodeType)
            .text("ip", EnvNode::getIp, EnvNodeBuilder::ip)
            .text("hostname", EnvNode::getHostname, EnvNodeBuilder::hostname)
            .text("params", EnvNode::getParams, EnvNodeBuilder::params)
            .add("cpus", n -> n.getCpus() != 0, (n, w) -> w.setValue(String.valueOf(n.getCpus())),
                    (b, r) -> b.cpus(XmlValues.parseInt(r.getValue())))
            .text("cpus-topology", EnvNode::getCpusTopology, EnvNodeBuilder::cpusTopology)
            .add("ram-mb", n -> n.getRamMb() != 0, (n, w) -> w.setValue(String.valueOf(n.getRamMb())),
                    (b, r) -> b.ramMb(XmlValues.parseLong(r.getValue())))
            .add("disk-gb", n -> n.getDiskGb() != 0, (n, w) -> w.setValue(String.valueOf(n.getDiskGb())),
                    (b, r) -> b.diskGb(XmlValues.parseLong(r.getValue())))
            .add("links", n -> !n.getLinks().isEmpty(), (n, w) -> XmlValues.writeMap(n.getLinks(), w),
                    (b, r) -> b.links(XmlValues.readMap(r)))
            .text("hw-uuid", EnvNode::getHwUuid, EnvNodeBuilder::hwUuid)
            .text("model", EnvNode::getModel, EnvNodeBuilder::model)
            .text("serial-num", EnvNode::getSerialNum, EnvNodeBuilder::serialNum)
            .add("numa-nodes", n -> n.getNumaNodes() != 0, (n, w) -> w.setValue(String.valueOf(n.getNumaNodes())),
                    (b, r) -> b.numaNodes(XmlValues.parseInt(r.getValue())))
            .text("ram-info", EnvNode::getRamInfo, EnvNodeBuilder::ramInfo)
            .text("cpu-info", EnvNode::getCpuInfo, EnvNodeBuilder::cpuInfo)
            .add(CHILDREN, n -> !n.getChildren().isEmpty(), (n, w) -> writeList(ELEMENT, n.getChildren(), w),
                    (b, r) -> b.children(readChildren(r)));

    EnvNodeConverter() {
        super(EnvNode.class);
    }

    private List<EnvNode> readChildren(final HierarchicalStreamReader reader) {
        int[] depth = DEPTH.get();
        if (depth[0] >= MAX_DEPTH) {
            throw new IllegalArgumentException("env nodes nest deeper than " + MAX_DEPTH + " levels");
        }
        depth[0]++;
        try {
            return readList(ELEMENT, reader);
        }
        finally {
            depth[0]--;
        }
    }

    @Override
    FieldTable<EnvNode, EnvNodeBuilder> fields() {
        return fields;
    }

    @Override
    EnvNodeBuilder newBuilder() {
        return new EnvNodeBuilder();
    }

    @Override
    EnvNode build(final EnvNodeBuilder builder) {
        return builder.build();
    }
}
