package io.jenkins.plugins.perftracker.core.farm;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.jenkins.plugins.perftracker.core.model.EnvNode;

/**
 * Hardware facts read from a host when its agent comes online (PerfTracker's {@code scan_info}): CPU model and
 * count, memory, OS, kernel and hostname. The agent sends the raw texts ({@code /proc/cpuinfo},
 * {@code /proc/meminfo}, {@code /etc/os-release}, Java's {@code os.*} properties); this class parses them, so
 * the parsing is tested here and the agent side stays a few lines. Values are bounded and trimmed.
 */
public final class HostFacts {
    private static final int MAX = 128;
    private static final Pattern MODEL = Pattern.compile("^model name\\s*:\\s*(.+)$", Pattern.MULTILINE);
    private static final Pattern PROCESSOR = Pattern.compile("^processor\\s*:", Pattern.MULTILINE);
    private static final Pattern MEM_TOTAL = Pattern.compile("^MemTotal:\\s*(\\d{1,15})\\s*kB", Pattern.MULTILINE);
    private static final Pattern PRETTY_NAME = Pattern.compile("^PRETTY_NAME=\"?([^\"\\n]*)\"?$", Pattern.MULTILINE);

    private final String cpuModel;
    private final int cpuCount;
    private final long memoryBytes;
    private final String os;
    private final String kernel;
    private final String hostname;
    private final Instant collectedAt;

    public HostFacts(final String cpuModel, final int cpuCount, final long memoryBytes, final String os,
            final String kernel, final String hostname, final Instant collectedAt) {
        this.cpuModel = Text.optional("cpuModel", cpuModel, MAX);
        this.cpuCount = Text.nonNegative("cpuCount", cpuCount);
        this.memoryBytes = Math.max(0, memoryBytes);
        this.os = Text.optional("os", os, MAX);
        this.kernel = Text.optional("kernel", kernel, MAX);
        this.hostname = Text.optional("hostname", hostname, MAX);
        this.collectedAt = Objects.requireNonNull(collectedAt, "collectedAt");
    }

    /**
     * Parses what the agent sent. {@code raw} keys: {@code cpuinfo}, {@code meminfo}, {@code os-release}
     * (file texts, absent off Linux), {@code os.name}, {@code os.version}, {@code os.arch},
     * {@code availableProcessors}, {@code totalMemory} (bytes, from the JVM's OS bean) and {@code hostname}.
     * What a text lacks falls back to the Java properties; nothing here throws on odd content.
     */
    public static HostFacts parse(final Map<String, String> raw, final Instant collectedAt) {
        String cpuinfo = raw.getOrDefault("cpuinfo", "");
        String model = first(MODEL, cpuinfo, raw.getOrDefault("os.arch", ""));
        int count = (int) PROCESSOR.matcher(cpuinfo).results().count();
        if (count == 0) {
            count = (int) Math.min(Integer.MAX_VALUE, number(raw.get("availableProcessors")));
        }
        String memTotal = first(MEM_TOTAL, raw.getOrDefault("meminfo", ""), "");
        long memory = memTotal.isEmpty() ? number(raw.get("totalMemory")) : number(memTotal) * 1024L;
        String osName = raw.getOrDefault("os.name", "");
        String os = first(PRETTY_NAME, raw.getOrDefault("os-release", ""), osName);
        String kernel = osName + " " + raw.getOrDefault("os.version", "");
        return new HostFacts(clip(model), count, memory, clip(os), clip(kernel), clip(raw.getOrDefault("hostname", "")),
                collectedAt);
    }

    private static String first(final Pattern pattern, final String text, final String fallback) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).strip() : fallback;
    }

    private static long number(final String text) {
        try {
            return Math.max(0, Long.parseLong(String.valueOf(text).strip()));
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Strips control characters and bounds the length, so a strange agent cannot store junk. */
    private static String clip(final String text) {
        String clean = text.replaceAll("[\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        return clean.length() > MAX ? clean.substring(0, MAX) : clean;
    }

    /** Memory in GB with one decimal, as PerfTracker showed RAM. */
    public double getMemoryGb() {
        return Math.round(memoryBytes / 1e8) / 10.0;
    }

    /**
     * The facts as environment entries for published results ("cpu.model", "cpu.count", "memory.gb", "os",
     * "kernel", "hostname"), empty values left out.
     */
    public Map<String, String> toEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        put(env, "hostname", hostname);
        put(env, "cpu.model", cpuModel);
        put(env, "cpu.count", cpuCount == 0 ? "" : String.valueOf(cpuCount));
        put(env, "memory.gb", memoryBytes == 0 ? "" : String.format(Locale.ROOT, "%.1f", getMemoryGb()));
        put(env, "os", os);
        put(env, "kernel", kernel);
        return env;
    }

    private static void put(final Map<String, String> env, final String key, final String value) {
        if (!value.isEmpty()) {
            env.put(key, value);
        }
    }

    /**
     * The host node of results published from this host: the node the agent collected for itself (name, host
     * name, architecture and Java in its parameters) with the farm's measurements, which know the CPU model, the
     * distribution and the kernel, in place of the JVM's view.
     */
    public EnvNode describe(final EnvNode collected) {
        String system = os.isEmpty() ? collected.getVersion() : kernel.isEmpty() ? os : os + ", " + kernel;
        return EnvNode.builder(collected.getName()).nodeType(collected.getNodeType())
                .hostname(hostname.isEmpty() ? collected.getHostname() : hostname).version(system)
                .params(collected.getParams()).cpus(cpuCount == 0 ? collected.getCpus() : cpuCount)
                .ramMb(memoryBytes == 0 ? collected.getRamMb() : memoryBytes / (1024 * 1024))
                .cpuInfo(cpuModel.isEmpty() ? collected.getCpuInfo() : cpuModel).build();
    }

    /** The host's configured hardware with what was measured filled in (measured values win). */
    public HostHardware mergeInto(final HostHardware configured) {
        HostHardware c = configured;
        return HostHardware.builder().vendorModelOs(c.getVendor(), c.getModel(), os.isEmpty() ? c.getOs() : os)
                .cpus(c.getNumaNodes(), cpuCount == 0 ? c.getCpus() : cpuCount,
                        cpuModel.isEmpty() ? c.getCpuInfo() : cpuModel)
                .ram(memoryBytes == 0 ? c.getRamGb() : getMemoryGb(), c.getRamInfo())
                .network(c.getNetworkGbps(), c.getNetworkInfo()).storage(c.getStorageTb(), c.getStorageInfo()).build();
    }

    public String getCpuModel() {
        return cpuModel;
    }

    public int getCpuCount() {
        return cpuCount;
    }

    public long getMemoryBytes() {
        return memoryBytes;
    }

    public String getOs() {
        return os;
    }

    public String getKernel() {
        return kernel;
    }

    public String getHostname() {
        return hostname;
    }

    public Instant getCollectedAt() {
        return collectedAt;
    }

    @Override
    public String toString() {
        return hostname + ": " + cpuCount + " x " + cpuModel + ", " + getMemoryGb() + " GB, " + os + ", " + kernel;
    }
}
