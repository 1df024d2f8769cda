package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;

import java.util.Map;

import io.jenkins.plugins.perftracker.core.model.EnvNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** PerfTracker's scan_info from the texts a Linux agent sends (shortened from a real Debian 12 machine). */
class HostFactsTest {
    private static final String CPUINFO = """
            processor\t: 0
            vendor_id\t: GenuineIntel
            model name\t: Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz
            cpu MHz\t\t: 2100.000

            processor\t: 1
            vendor_id\t: GenuineIntel
            model name\t: Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz
            cpu MHz\t\t: 2100.000
            """;
    private static final String MEMINFO = "MemTotal:       65807908 kB\nMemFree:         1234 kB\n";
    private static final String OS_RELEASE = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\n";

    @Test
    void shouldDescribeTheHostOfPublishedResultsWithTheFarmsMeasurements() {
        HostFacts facts = HostFacts.parse(Map.of("cpuinfo", CPUINFO, "meminfo", MEMINFO, "os-release", OS_RELEASE,
                "os.name", "Linux", "os.version", "6.1.0-26-amd64", "availableProcessors", "2"), Farms.T0);
        EnvNode collected = EnvNode.builder("s1").nodeType("Host").hostname("s1").version("Linux 6.1.0-26-amd64")
                .params("amd64, Java 21").cpus(2).ramMb(64000).build();

        EnvNode described = facts.describe(collected);

        assertThat(described.getCpuInfo()).isEqualTo("Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz");
        assertThat(described.getVersion()).isEqualTo("Debian GNU/Linux 12 (bookworm), Linux 6.1.0-26-amd64");
        assertThat(described.getRamMb()).isEqualTo(65807908L / 1024);
        assertThat(described.getParams()).isEqualTo("amd64, Java 21");
        assertThat(described.getHostname()).as("no host name measured: the agent's").isEqualTo("s1");
    }

    @Test
    void shouldReadALinuxAgent() {
        HostFacts facts = HostFacts.parse(Map.of("cpuinfo", CPUINFO, "meminfo", MEMINFO, "os-release", OS_RELEASE,
                "os.name", "Linux", "os.version", "6.1.0-26-amd64", "os.arch", "amd64", "availableProcessors", "2",
                "hostname", "s1.perfteam.example.com"), Farms.T0);

        assertThat(facts.toEnvironment()).containsExactly(entry("hostname", "s1.perfteam.example.com"),
                entry("cpu.model", "Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz"), entry("cpu.count", "2"),
                entry("memory.gb", "67.4"), entry("os", "Debian GNU/Linux 12 (bookworm)"),
                entry("kernel", "Linux 6.1.0-26-amd64"));
        HostHardware merged = facts.mergeInto(Farms.fullHost().getHardware());
        assertThat(merged.getCpus()).isEqualTo(2);
        assertThat(merged.getRamGb()).isEqualTo(67.4);
        assertThat(merged.getVendor()).isEqualTo("HP");
    }

    @Test
    void shouldFallBackToJavasViewOffLinuxAndStripControlCharacters() {
        HostFacts facts = HostFacts.parse(Map.of("os.name", "Windows Server 2022", "os.version", "10.0",
                "os.arch", "amd64", "availableProcessors", "8", "totalMemory", "17179869184",
                "hostname", "win\u0000box"), Farms.T0);

        assertThat(facts.getCpuCount()).isEqualTo(8);
        assertThat(facts.getCpuModel()).isEqualTo("amd64");
        assertThat(facts.getMemoryGb()).isEqualTo(17.2);
        assertThat(facts.getOs()).isEqualTo("Windows Server 2022");
        assertThat(facts.getHostname()).isEqualTo("win box");
        assertThat(HostFacts.parse(Map.of("availableProcessors", "lots"), Farms.T0).toEnvironment()).isEmpty();
    }
}
