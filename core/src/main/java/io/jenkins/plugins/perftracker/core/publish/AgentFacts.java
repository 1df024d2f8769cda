package io.jenkins.plugins.perftracker.core.publish;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.InetAddress;
import java.net.UnknownHostException;

import io.jenkins.plugins.perftracker.core.model.EnvNode;

/**
 * The environment node a run gets when the publish step is given none: the facts of the machine that ran the
 * benchmark (the Jenkins agent), collected there — host name, operating system, CPUs and memory.
 */
public final class AgentFacts {
    private AgentFacts() {
    }

    /** The facts of this JVM's machine, as a "Host" environment node. */
    public static EnvNode collect() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return EnvNode.builder(hostName())
                .nodeType("Host")
                .hostname(hostName())
                .version(System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .params(os.getArch() + ", Java " + System.getProperty("java.version"))
                .cpus(Runtime.getRuntime().availableProcessors())
                .ramMb(totalMemoryMb(os))
                .build();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }

    private static long totalMemoryMb(final OperatingSystemMXBean os) {
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getTotalMemorySize() / (1024 * 1024);
        }
        return 0;
    }
}
