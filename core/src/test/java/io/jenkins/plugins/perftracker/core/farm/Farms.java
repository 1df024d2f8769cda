package io.jenkins.plugins.perftracker.core.farm;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Test farms: hosts s1..sN with the labels PerfTracker users gave their lab machines. */
final class Farms {
    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private Farms() {
    }

    static FarmHost host(final String name, final String purpose, final String... labels) {
        return FarmHost.builder(name).hostname(name + ".perfteam.example.com").purpose(purpose)
                .labels(List.of(labels)).build();
    }

    /** Hosts s1..sN, purpose "perf", label "x86". */
    static FarmLockManager withHosts(final MutableClock clock, final int count) {
        FarmLockManager manager = new FarmLockManager(clock);
        for (int i = 1; i <= count; i++) {
            manager.putHost(host("s" + i, "perf", "x86"));
        }
        return manager;
    }

    /** A fully filled host, as an admin would describe a real lab machine. */
    static FarmHost fullHost() {
        return FarmHost.builder("s1").hostname("s1.perfteam.example.com").ip("10.0.0.1").purpose("db perf")
                .location("4-2-1-15").inventoryId("INV-0042").notes("BIOS 2.3 <b>do not update</b>")
                .description("Two-socket database box & spare").order(3).hidden(false)
                .labels(List.of("x86", "numa")).projects(List.of("dbperf")).links(Map.of(
                        "dashboard", "https://grafana.example.com/d/s1?var-host=s1&orgId=1",
                        "ipmi", "https://10.0.1.1/"))
                .sshCredentialsId("lab-ssh").ipmiCredentialsId("lab-ipmi")
                .hardware(HostHardware.builder().vendorModelOs("HP", "Proliant DL380", "ESXi")
                        .cpus(2, 16, "16 (2Sx4Cx2T) @ 2.5GHz, Intel E5450 v2").ram(32, "32G (1333 GHz)")
                        .network(10, "10GBit X710-DA2").storage(3.2, "RAID0, 4x SATA 7200rpm").build())
                .build();
    }
}
