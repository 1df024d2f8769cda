package io.jenkins.plugins.perftracker.core.model;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a run's values. Tests with the same (group, tag, category) are merged as perftracker-client
 * does when their unit and direction agree, and refused otherwise.
 */
@SuppressWarnings("checkstyle:HiddenField")
public final class PerfRunBuilder {
    String uuid;
    String projectName;
    String title;
    String cmdline;
    String suiteName;
    String suiteVer;
    String author;
    String productName;
    String productVer;
    String regressionTag;
    OffsetDateTime begin;
    OffsetDateTime end;
    double durationSec;
    boolean append;
    boolean edited;
    Map<String, String> links;
    Map<String, String> attributes;
    List<String> artifacts;
    List<EnvNode> envNodes;
    final Map<String, PerfTest> tests = new LinkedHashMap<>();

    public PerfRunBuilder uuid(final String uuid) {
        this.uuid = uuid;
        return this;
    }

    public PerfRunBuilder projectName(final String projectName) {
        this.projectName = projectName;
        return this;
    }

    public PerfRunBuilder title(final String title) {
        this.title = title;
        return this;
    }

    public PerfRunBuilder cmdline(final String cmdline) {
        this.cmdline = cmdline;
        return this;
    }

    public PerfRunBuilder suiteName(final String suiteName) {
        this.suiteName = suiteName;
        return this;
    }

    public PerfRunBuilder suiteVer(final String suiteVer) {
        this.suiteVer = suiteVer;
        return this;
    }

    public PerfRunBuilder author(final String author) {
        this.author = author;
        return this;
    }

    public PerfRunBuilder productName(final String productName) {
        this.productName = productName;
        return this;
    }

    public PerfRunBuilder productVer(final String productVer) {
        this.productVer = productVer;
        return this;
    }

    public PerfRunBuilder regressionTag(final String regressionTag) {
        this.regressionTag = regressionTag;
        return this;
    }

    public PerfRunBuilder begin(final OffsetDateTime begin) {
        this.begin = begin;
        return this;
    }

    public PerfRunBuilder end(final OffsetDateTime end) {
        this.end = end;
        return this;
    }

    public PerfRunBuilder durationSec(final double durationSec) {
        this.durationSec = durationSec;
        return this;
    }

    public PerfRunBuilder append(final boolean append) {
        this.append = append;
        return this;
    }

    public PerfRunBuilder edited(final boolean edited) {
        this.edited = edited;
        return this;
    }

    public PerfRunBuilder links(final Map<String, String> links) {
        this.links = links;
        return this;
    }

    public PerfRunBuilder attributes(final Map<String, String> attributes) {
        this.attributes = attributes;
        return this;
    }

    public PerfRunBuilder artifacts(final List<String> artifacts) {
        this.artifacts = artifacts;
        return this;
    }

    public PerfRunBuilder envNodes(final List<EnvNode> envNodes) {
        this.envNodes = envNodes;
        return this;
    }

    /** The number of distinct tests added so far. */
    public int testCount() {
        return tests.size();
    }

    /**
     * Adds a test, merging it into an earlier one with the same (group, tag, category).
     *
     * @throws InvalidValueException when such an earlier test has another unit or direction
     */
    public PerfRunBuilder addTest(final PerfTest test) {
        String key = test.getSeriesKey().caseKey();
        PerfTest earlier = tests.get(key);
        tests.put(key, earlier == null ? test : merge(earlier, test));
        return this;
    }

    private static PerfTest merge(final PerfTest earlier, final PerfTest later) {
        if (!earlier.getUnit().equals(later.getUnit()) || earlier.isLessIsBetter() != later.isLessIsBetter()) {
            throw new InvalidValueException("tests",
                    "test " + later.getSeriesKey().displayName() + " in group '" + later.getGroup()
                            + "' repeats with unit '" + later.getUnit() + "' and less_better="
                            + later.isLessIsBetter() + ", but its first occurrence has unit '" + earlier.getUnit()
                            + "' and less_better=" + earlier.isLessIsBetter()
                            + "; repeated tests must agree to be merged");
        }
        Status status = earlier.getStatus() == Status.FAILED || later.getStatus() == Status.FAILED
                ? Status.FAILED : earlier.getStatus();
        return earlier.toBuilder()
                .scores(concat(earlier.getScores(), later.getScores()))
                .deviations(concat(earlier.getDeviations(), later.getDeviations()))
                .sampleCount(earlier.getSampleCount() + later.getSampleCount())
                .loops(earlier.getLoops() + later.getLoops())
                .durationSec(earlier.getDurationSec() + later.getDurationSec())
                .errors(earlier.getErrors().plus(later.getErrors()))
                .warnings(earlier.getWarnings().plus(later.getWarnings()))
                .status(status)
                .build();
    }

    private static double[] concat(final double[] a, final double[] b) {
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    public PerfRun build() {
        return new PerfRun(this);
    }
}
