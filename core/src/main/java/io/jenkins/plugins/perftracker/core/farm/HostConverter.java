package io.jenkins.plugins.perftracker.core.farm;

import com.thoughtworks.xstream.converters.Converter;
import com.thoughtworks.xstream.converters.MarshallingContext;
import com.thoughtworks.xstream.converters.UnmarshallingContext;
import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;

import java.util.Set;

/** {@code <host name="s1">} with flat children; built through {@link FarmHostBuilder}, never by reflection. */
final class HostConverter implements Converter {
    private static final Set<String> SINGLE = Set.of("hostname", "ip", "purpose", "location", "inventoryId", "notes",
            "description", "order", "hidden", "sshCredentialsId", "ipmiCredentialsId", "vendor", "model", "os",
            "numaNodes", "cpus", "cpuInfo", "ramGb", "ramInfo", "networkGbps", "networkInfo", "storageTb",
            "storageInfo");
    private static final Set<String> REPEATED = Set.of("label", "project", "link");

    @Override
    public boolean canConvert(final Class type) {
        return type == FarmHost.class;
    }

    @Override
    public void marshal(final Object source, final HierarchicalStreamWriter w, final MarshallingContext context) {
        FarmHost h = (FarmHost) source;
        w.addAttribute("name", h.getName());
        XmlFields.write(w, "hostname", h.getHostname());
        XmlFields.write(w, "ip", h.getIp());
        XmlFields.write(w, "purpose", h.getPurpose());
        XmlFields.write(w, "location", h.getLocation());
        XmlFields.write(w, "inventoryId", h.getInventoryId());
        XmlFields.write(w, "notes", h.getNotes());
        XmlFields.write(w, "description", h.getDescription());
        XmlFields.write(w, "order", h.getOrder());
        XmlFields.write(w, "hidden", h.isHidden());
        XmlFields.writeAll(w, "label", h.getLabels());
        XmlFields.writeAll(w, "project", h.getProjects());
        writeLinks(w, h);
        XmlFields.write(w, "sshCredentialsId", h.getSshCredentialsId());
        XmlFields.write(w, "ipmiCredentialsId", h.getIpmiCredentialsId());
        writeHardware(w, h.getHardware());
    }

    private static void writeLinks(final HierarchicalStreamWriter w, final FarmHost h) {
        h.getLinks().forEach((name, url) -> {
            w.startNode("link");
            w.addAttribute("name", name);
            w.setValue(url);
            w.endNode();
        });
    }

    private static void writeHardware(final HierarchicalStreamWriter w, final HostHardware hw) {
        XmlFields.write(w, "vendor", hw.getVendor());
        XmlFields.write(w, "model", hw.getModel());
        XmlFields.write(w, "os", hw.getOs());
        XmlFields.write(w, "numaNodes", hw.getNumaNodes());
        XmlFields.write(w, "cpus", hw.getCpus());
        XmlFields.write(w, "cpuInfo", hw.getCpuInfo());
        XmlFields.write(w, "ramGb", hw.getRamGb());
        XmlFields.write(w, "ramInfo", hw.getRamInfo());
        XmlFields.write(w, "networkGbps", hw.getNetworkGbps());
        XmlFields.write(w, "networkInfo", hw.getNetworkInfo());
        XmlFields.write(w, "storageTb", hw.getStorageTb());
        XmlFields.write(w, "storageInfo", hw.getStorageInfo());
    }

    @Override
    public Object unmarshal(final HierarchicalStreamReader reader, final UnmarshallingContext context) {
        String name = reader.getAttribute("name");
        XmlFields f = XmlFields.read(reader, "farm/hosts/host[@name='" + name + "']", SINGLE, REPEATED);
        return CodecErrors.named(f.path(), () -> FarmHost.builder(name)
                .hostname(f.text("hostname")).ip(f.text("ip")).purpose(f.text("purpose"))
                .location(f.text("location")).inventoryId(f.text("inventoryId")).notes(f.text("notes"))
                .description(f.text("description")).order(f.intValue("order", 10)).hidden(f.bool("hidden"))
                .labels(f.texts("label")).projects(f.texts("project")).links(f.keyed("link"))
                .sshCredentialsId(f.text("sshCredentialsId")).ipmiCredentialsId(f.text("ipmiCredentialsId"))
                .hardware(readHardware(f)).build());
    }

    private static HostHardware readHardware(final XmlFields f) {
        return HostHardware.builder().vendorModelOs(f.text("vendor"), f.text("model"), f.text("os"))
                .cpus(f.intValue("numaNodes", 0), f.intValue("cpus", 0), f.text("cpuInfo"))
                .ram(f.doubleValue("ramGb"), f.text("ramInfo"))
                .network(f.doubleValue("networkGbps"), f.text("networkInfo"))
                .storage(f.doubleValue("storageTb"), f.text("storageInfo")).build();
    }
}
