package io.jenkins.plugins.perftracker.core.store;

import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Runs for the codec tests: one with every field of every type set to a value other than its default. */
final class RunFixtures {
    static final OffsetDateTime BEGIN = OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));

    private RunFixtures() {
    }

    static PerfRun fullRun() {
        return PerfRun.builder().uuid("2b1c7a4e-0000-4000-8000-000000000001").projectName("kernel")
                .title("nightly <fio> & \"sysbench\"").cmdline("run.sh --all").suiteName("fio")
                .suiteVer("3.36").author("ci@example.org").productName("linux").productVer("6.9-rc1")
                .regressionTag("v6.9").begin(BEGIN).end(BEGIN.plusMinutes(42).plusNanos(123_000_000))
                .durationSec(2520.125).append(true).edited(true)
                .links(Map.of("dashboard", "https://example.org/d?a=1&b=2"))
                .attributes(Map.of("jvm", "17.0.15", "go.goos", "linux"))
                .artifacts(List.of("out/fio.json", "out/log.txt"))
                .envNodes(List.of(fullNode("host-1", List.of(fullNode("vm-1", List.of()))), EnvNode.builder("bare").build()))
                .addTest(fullTest())
                .addTest(PerfTest.builder("read").group("disk").scores(1.5).build())
                .build();
    }

    static PerfTest fullTest() {
        return PerfTest.builder("rand-write").seqNum(7).uuid("t-1").group("disk").category("4k")
                .binary("/usr/bin/fio").cmdline("fio --rw=randwrite").description("random 4k writes")
                .unit("MB/s").lessIsBetter(true).scores(101.25, -0.0, 1e-300, Double.MAX_VALUE / 4)
                .scoresRejected(999.5).deviations(0.5, 0.25).deviationsRejected(9.0).sampleCount(12).loops(1_000_000L)
                .durationSec(61.5).begin(BEGIN.plusSeconds(1)).end(BEGIN.plusSeconds(62)).status(Status.FAILED)
                .errors(Messages.of(List.of("disk full", "timeout after 60 s")))
                .warnings(Messages.count("warnings", 3))
                .links(Map.of("log", "https://example.org/log/1"))
                .attribs(Map.of("iodepth", "32", "bs", "4k"))
                .build();
    }

    static EnvNode fullNode(final String name, final List<EnvNode> children) {
        return EnvNode.builder(name).uuid("n-" + name).version("1.2").nodeType("server").ip("10.0.0.7")
                .hostname(name + ".example.org").params("--numa").cpus(64).cpusTopology("2x32").ramMb(262_144)
                .diskGb(4_000).links(Map.of("bmc", "https://bmc.example.org/" + name)).hwUuid("hw-" + name)
                .model("R750").serialNum("SN-42").numaNodes(2).ramInfo("16x16GB DDR4").cpuInfo("Xeon 8380")
                .children(children).build();
    }

    /** A run of {@code count} tests with a few scores each, as large runs look. */
    static PerfRun largeRun(final int count) {
        PerfRunBuilder run = PerfRun.builder().title("large").begin(BEGIN);
        for (int i = 0; i < count; i++) {
            run.addTest(PerfTest.builder("test-" + i).group("group-" + i % 50).unit("ns/op").lessIsBetter(true)
                    .scores(1000.0 + i, 1001.5 + i, 999.25 + i).build());
        }
        return run.build();
    }
}
