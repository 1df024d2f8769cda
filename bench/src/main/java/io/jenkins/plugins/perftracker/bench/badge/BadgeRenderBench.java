package io.jenkins.plugins.perftracker.bench.badge;

import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

import io.jenkins.plugins.perftracker.core.badge.BadgeInterval;
import io.jenkins.plugins.perftracker.core.badge.BadgeStyle;
import io.jenkins.plugins.perftracker.core.badge.BuildtimeBadgeType;
import io.jenkins.plugins.perftracker.core.badge.BuildtimeBadges;
import io.jenkins.plugins.perftracker.core.badge.ETags;
import io.jenkins.plugins.perftracker.core.badge.EndpointJson;
import io.jenkins.plugins.perftracker.core.badge.SvgBadgeRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The cost of answering one badge request: build the badge, render SVG (or JSON), derive the ETag. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BadgeRenderBench {
    @Param({"FLAT", "PLASTIC"})
    public BadgeStyle style;

    private final SvgBadgeRenderer renderer = new SvgBadgeRenderer();

    @Benchmark
    public String svgWithEtag() {
        String svg = renderer.render(BuildtimeBadges.badge(BuildtimeBadgeType.AVG, BadgeInterval.WEEK,
                OptionalDouble.of(192.4)).withStyle(style));
        return ETags.strong(svg);
    }

    @Benchmark
    public String endpointJson() {
        return EndpointJson.of(BuildtimeBadges.badge(BuildtimeBadgeType.PASSED, BadgeInterval.MONTH,
                OptionalDouble.of(87)).withStyle(style), 600);
    }
}
