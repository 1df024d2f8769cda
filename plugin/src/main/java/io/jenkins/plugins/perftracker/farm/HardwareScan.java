package io.jenkins.plugins.perftracker.farm;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;

import jenkins.security.MasterToSlaveCallable;

/**
 * Runs on the agent: reads the raw hardware texts ({@code /proc/cpuinfo}, {@code /proc/meminfo},
 * {@code /etc/os-release}, at most 256 KB each) and Java's view of the OS. The controller parses them with
 * the engine's {@code HostFacts}, so nothing is interpreted here.
 */
final class HardwareScan extends MasterToSlaveCallable<HashMap<String, String>, IOException> {
    private static final long serialVersionUID = 1L;
    private static final int MAX_FILE = 256 * 1024;

    @Override
    public HashMap<String, String> call() {
        HashMap<String, String> raw = new HashMap<>();
        read(raw, "cpuinfo", "/proc/cpuinfo");
        read(raw, "meminfo", "/proc/meminfo");
        read(raw, "os-release", "/etc/os-release");
        for (String property : new String[] {"os.name", "os.version", "os.arch"}) {
            raw.put(property, System.getProperty(property, ""));
        }
        raw.put("availableProcessors", String.valueOf(Runtime.getRuntime().availableProcessors()));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            raw.put("totalMemory", String.valueOf(os.getTotalMemorySize()));
        }
        try {
            raw.put("hostname", InetAddress.getLocalHost().getCanonicalHostName());
        }
        catch (IOException e) {
            raw.put("hostname", ""); // a host without a resolvable name still reports its hardware
        }
        return raw;
    }

    private static void read(final HashMap<String, String> raw, final String key, final String file) {
        Path path = Path.of(file);
        if (Files.isReadable(path)) {
            try (var in = Files.newInputStream(path)) {
                raw.put(key, new String(in.readNBytes(MAX_FILE), StandardCharsets.UTF_8));
            }
            catch (IOException e) {
                // a host without the file (or without access to it) reports what Java knows
            }
        }
    }
}
