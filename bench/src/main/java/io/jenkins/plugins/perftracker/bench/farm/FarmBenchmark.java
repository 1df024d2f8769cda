package io.jenkins.plugins.perftracker.bench.farm;

import io.jenkins.plugins.perftracker.core.farm.FarmHost;
import io.jenkins.plugins.perftracker.core.farm.FarmLockManager;
import io.jenkins.plugins.perftracker.core.farm.FarmSnapshot;
import io.jenkins.plugins.perftracker.core.farm.FarmTimeline;
import io.jenkins.plugins.perftracker.core.farm.FarmTimelineBuilder;
import io.jenkins.plugins.perftracker.core.farm.FarmXmlCodec;
import io.jenkins.plugins.perftracker.core.farm.HostLease;
import io.jenkins.plugins.perftracker.core.farm.HostSelector;
import io.jenkins.plugins.perftracker.core.farm.LockRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The farm's hot paths: a pipeline taking and releasing a host (alone and with 4 threads fighting over
 * 4 hosts), the timeline page for 100 hosts with 5,000 locks of history, and saving/loading that farm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FarmBenchmark {
    private static final LockRequest BUILD = LockRequest.automatic("perf #1", "jenkins");
    private static final HostSelector X86 = HostSelector.withLabel("x86");

    private final FarmXmlCodec codec = new FarmXmlCodec();
    private final FarmTimelineBuilder timeline = new FarmTimelineBuilder(ZoneOffset.UTC);
    private FarmLockManager small;
    private FarmSnapshot history;
    private String historyXml;

    @Setup
    public void setUp() {
        small = farm(Clock.systemUTC(), 4);
        Instant start = Instant.parse("2026-09-01T00:00:00Z");
        MovingClock clock = new MovingClock(start);
        FarmLockManager big = farm(clock, 100);
        for (int i = 0; i < 5_000; i++) {
            big.tryAcquire(X86, BUILD).ifPresent(HostLease::close);
            clock.now = clock.now.plusSeconds(1_000);
        }
        history = big.snapshot();
        historyXml = codec.toXml(history);
    }

    /** One uncontended take and release, as a pipeline's lock step does. */
    @Benchmark
    public long acquireAndRelease() {
        try (HostLease lease = small.tryAcquire(X86, BUILD).orElseThrow()) {
            return lease.getLockId();
        }
    }

    /** 4 threads over 4 hosts: take if one is free, release at once. */
    @Benchmark
    @Threads(4)
    public boolean contendedTryAcquire() {
        Optional<HostLease> lease = small.tryAcquire(X86, BUILD);
        lease.ifPresent(HostLease::close);
        return lease.isPresent();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public FarmTimeline timeline100Hosts5000Locks() {
        return timeline.build(history);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String timelineJson() {
        return timeline.build(history).toJson();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String saveXml() {
        return codec.toXml(history);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public FarmSnapshot loadXml() {
        return codec.fromXml(historyXml, "bench.xml");
    }

    private static FarmLockManager farm(final Clock clock, final int hosts) {
        FarmLockManager farm = new FarmLockManager(clock);
        for (int i = 1; i <= hosts; i++) {
            farm.putHost(FarmHost.builder("s" + i).purpose("perf").labels(List.of("x86")).build());
        }
        return farm;
    }

    /** Moves only when the setup says so, to spread the history over time. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(final Instant start) {
            now = start;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final java.time.ZoneId zone) {
            return this;
        }
    }
}
