package io.jenkins.plugins.perftracker.core.model;

import java.time.OffsetDateTime;
import java.util.Map;

/** Collects a test's values; {@link #build()} validates them and names the first bad field. */
@SuppressWarnings("checkstyle:HiddenField")
public final class PerfTestBuilder {
    int seqNum;
    String uuid;
    String tag;
    String group = "";
    String category = "";
    String binary;
    String cmdline;
    String description;
    String unit;
    boolean lessIsBetter;
    double[] scores;
    double[] scoresRejected;
    double[] deviations;
    double[] deviationsRejected;
    Integer sampleCount;
    long loops;
    double durationSec;
    OffsetDateTime begin;
    OffsetDateTime end;
    Status status;
    Messages errors;
    Messages warnings;
    Map<String, String> links;
    Map<String, String> attribs;

    public PerfTestBuilder seqNum(final int seqNum) {
        this.seqNum = seqNum;
        return this;
    }

    public PerfTestBuilder uuid(final String uuid) {
        this.uuid = uuid;
        return this;
    }

    public PerfTestBuilder tag(final String tag) {
        this.tag = tag;
        return this;
    }

    public PerfTestBuilder group(final String group) {
        this.group = Values.orEmpty(group);
        return this;
    }

    public PerfTestBuilder category(final String category) {
        this.category = Values.orEmpty(category);
        return this;
    }

    public PerfTestBuilder binary(final String binary) {
        this.binary = binary;
        return this;
    }

    public PerfTestBuilder cmdline(final String cmdline) {
        this.cmdline = cmdline;
        return this;
    }

    public PerfTestBuilder description(final String description) {
        this.description = description;
        return this;
    }

    public PerfTestBuilder unit(final String unit) {
        this.unit = unit;
        return this;
    }

    public PerfTestBuilder lessIsBetter(final boolean lessIsBetter) {
        this.lessIsBetter = lessIsBetter;
        return this;
    }

    public PerfTestBuilder scores(final double... scores) {
        this.scores = scores;
        return this;
    }

    public PerfTestBuilder scoresRejected(final double... scoresRejected) {
        this.scoresRejected = scoresRejected;
        return this;
    }

    public PerfTestBuilder deviations(final double... deviations) {
        this.deviations = deviations;
        return this;
    }

    public PerfTestBuilder deviationsRejected(final double... deviationsRejected) {
        this.deviationsRejected = deviationsRejected;
        return this;
    }

    /** PerfTracker's {@code samples}; leave unset to use the number of scores. */
    public PerfTestBuilder sampleCount(final Integer sampleCount) {
        this.sampleCount = sampleCount;
        return this;
    }

    public PerfTestBuilder loops(final long loops) {
        this.loops = loops;
        return this;
    }

    public PerfTestBuilder durationSec(final double durationSec) {
        this.durationSec = durationSec;
        return this;
    }

    public PerfTestBuilder begin(final OffsetDateTime begin) {
        this.begin = begin;
        return this;
    }

    public PerfTestBuilder end(final OffsetDateTime end) {
        this.end = end;
        return this;
    }

    public PerfTestBuilder status(final Status status) {
        this.status = status;
        return this;
    }

    public PerfTestBuilder errors(final Messages errors) {
        this.errors = errors;
        return this;
    }

    public PerfTestBuilder warnings(final Messages warnings) {
        this.warnings = warnings;
        return this;
    }

    public PerfTestBuilder links(final Map<String, String> links) {
        this.links = links;
        return this;
    }

    public PerfTestBuilder attribs(final Map<String, String> attribs) {
        this.attribs = attribs;
        return this;
    }

    public PerfTest build() {
        return new PerfTest(this);
    }
}
