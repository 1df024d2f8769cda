package io.jenkins.plugins.perftracker.core.farm;

import java.util.Arrays;
import java.util.List;

/**
 * A host's hardware inventory (PerfTracker's vendor, model, OS, NUMA, CPU, RAM, network and storage fields).
 * Numbers are 0 when unknown; the {@code *Info} strings are free text such as "16 (2Sx4Cx2T) @ 2.5GHz".
 */
public final class HostHardware {
    /** Nothing known. */
    public static final HostHardware UNKNOWN = builder().build();
    private static final int MAX_NAME = 128;

    private final String vendor;
    private final String model;
    private final String os;
    private final int numaNodes;
    private final int cpus;
    private final double ramGb;
    private final double networkGbps;
    private final double storageTb;
    private final String cpuInfo;
    private final String ramInfo;
    private final String networkInfo;
    private final String storageInfo;

    private HostHardware(final Builder b) {
        vendor = Text.optional("vendor", b.vendor, MAX_NAME);
        model = Text.optional("model", b.model, MAX_NAME);
        os = Text.optional("os", b.os, MAX_NAME);
        numaNodes = Text.nonNegative("numaNodes", b.numaNodes);
        cpus = Text.nonNegative("cpus", b.cpus);
        ramGb = Text.nonNegative("ramGb", b.ramGb);
        networkGbps = Text.nonNegative("networkGbps", b.networkGbps);
        storageTb = Text.nonNegative("storageTb", b.storageTb);
        cpuInfo = Text.optional("cpuInfo", b.cpuInfo, MAX_NAME);
        ramInfo = Text.optional("ramInfo", b.ramInfo, MAX_NAME);
        networkInfo = Text.optional("networkInfo", b.networkInfo, MAX_NAME);
        storageInfo = Text.optional("storageInfo", b.storageInfo, MAX_NAME);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String getVendor() {
        return vendor;
    }

    public String getModel() {
        return model;
    }

    public String getOs() {
        return os;
    }

    public int getNumaNodes() {
        return numaNodes;
    }

    public int getCpus() {
        return cpus;
    }

    public double getRamGb() {
        return ramGb;
    }

    public double getNetworkGbps() {
        return networkGbps;
    }

    public double getStorageTb() {
        return storageTb;
    }

    public String getCpuInfo() {
        return cpuInfo;
    }

    public String getRamInfo() {
        return ramInfo;
    }

    public String getNetworkInfo() {
        return networkInfo;
    }

    public String getStorageInfo() {
        return storageInfo;
    }

    private List<Object> values() {
        return Arrays.asList(vendor, model, os, numaNodes, cpus, ramGb, networkGbps, storageTb, cpuInfo, ramInfo,
                networkInfo, storageInfo);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof HostHardware && values().equals(((HostHardware) o).values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return vendor + " " + model + " (" + cpus + " CPUs, " + ramGb + " GB)";
    }

    /** Collects the fields; {@link #build()} validates them. */
    public static final class Builder {
        private String vendor = "";
        private String model = "";
        private String os = "";
        private int numaNodes;
        private int cpus;
        private double ramGb;
        private double networkGbps;
        private double storageTb;
        private String cpuInfo = "";
        private String ramInfo = "";
        private String networkInfo = "";
        private String storageInfo = "";

        private Builder() {
        }

        public Builder vendorModelOs(final String vendorName, final String modelName, final String osName) {
            vendor = vendorName;
            model = modelName;
            os = osName;
            return this;
        }

        public Builder cpus(final int numa, final int count, final String info) {
            numaNodes = numa;
            cpus = count;
            cpuInfo = info;
            return this;
        }

        public Builder ram(final double gb, final String info) {
            ramGb = gb;
            ramInfo = info;
            return this;
        }

        public Builder network(final double gbps, final String info) {
            networkGbps = gbps;
            networkInfo = info;
            return this;
        }

        public Builder storage(final double tb, final String info) {
            storageTb = tb;
            storageInfo = info;
            return this;
        }

        public HostHardware build() {
            return new HostHardware(this);
        }
    }
}
