package io.jenkins.plugins.perftracker.core.model;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One published set of results (PerfTracker's job; one {@code perftrackerPublish} call in a build): what ran,
 * on which environment, and its tests. Immutable; built and validated by {@link Builder}.
 */
@SuppressWarnings("PMD.TooManyFields")
public final class PerfRun implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String uuid;
    private final String projectName;
    private final String title;
    private final String cmdline;
    private final String suiteName;
    private final String suiteVer;
    private final String author;
    private final String productName;
    private final String productVer;
    private final String regressionTag;
    private final OffsetDateTime begin;
    private final OffsetDateTime end;
    private final double durationSec;
    private final boolean append;
    private final boolean edited;
    private final Map<String, String> links;
    private final Map<String, String> attributes;
    private final List<String> artifacts;
    private final List<EnvNode> envNodes;
    private final List<PerfTest> tests;

    private transient RunCounts counts;

    private PerfRun(final Builder b) {
        uuid = Values.orEmpty(b.uuid);
        projectName = Values.orEmpty(b.projectName);
        title = Values.bounded("title", b.title, Values.MAX_TITLE);
        cmdline = Values.orEmpty(b.cmdline);
        suiteName = Values.orEmpty(b.suiteName);
        suiteVer = Values.orEmpty(b.suiteVer);
        author = Values.orEmpty(b.author);
        productName = Values.orEmpty(b.productName);
        productVer = Values.orEmpty(b.productVer);
        regressionTag = Values.orEmpty(b.regressionTag);
        begin = b.begin;
        end = b.end;
        durationSec = Values.nonNegative("duration", b.durationSec);
        append = b.append;
        edited = b.edited;
        links = Values.copyOf(b.links);
        attributes = Values.copyOf(b.attributes);
        artifacts = Values.copyOf(b.artifacts);
        envNodes = Values.copyOf(b.envNodes);
        tests = Collections.unmodifiableList(new ArrayList<>(b.tests.values()));
        if (begin != null && end != null && end.isBefore(begin)) {
            throw new InvalidValueException("end", "must not be before begin (" + begin + ") but was " + end);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every value of this run, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder().uuid(uuid).projectName(projectName).title(title).cmdline(cmdline)
                .suiteName(suiteName).suiteVer(suiteVer).author(author).productName(productName)
                .productVer(productVer).regressionTag(regressionTag).begin(begin).end(end).durationSec(durationSec)
                .append(append).edited(edited).links(links).attributes(attributes).artifacts(artifacts)
                .envNodes(envNodes);
        tests.forEach(b::addTest);
        return b;
    }

    public RunCounts getCounts() {
        if (counts == null) {
            counts = RunCounts.of(tests);
        }
        return counts;
    }

    /** The run's duration: as sent, otherwise end − begin, otherwise zero. */
    public Duration getDuration() {
        if (durationSec > 0) {
            return Duration.ofNanos(Math.round(durationSec * 1e9));
        }
        if (begin != null && end != null) {
            return Duration.between(begin, end);
        }
        return Duration.ZERO;
    }

    public String getUuid() {
        return uuid;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getTitle() {
        return title;
    }

    public String getCmdline() {
        return cmdline;
    }

    public String getSuiteName() {
        return suiteName;
    }

    public String getSuiteVer() {
        return suiteVer;
    }

    public String getAuthor() {
        return author;
    }

    public String getProductName() {
        return productName;
    }

    public String getProductVer() {
        return productVer;
    }

    public String getRegressionTag() {
        return regressionTag;
    }

    public OffsetDateTime getBegin() {
        return begin;
    }

    public OffsetDateTime getEnd() {
        return end;
    }

    public double getDurationSec() {
        return durationSec;
    }

    public boolean isAppend() {
        return append;
    }

    public boolean isEdited() {
        return edited;
    }

    public Map<String, String> getLinks() {
        return links;
    }

    /** Facts of the run that have no PerfTracker field (a tool's version, Go config lines, JMH's JVM …). */
    public Map<String, String> getAttributes() {
        return attributes;
    }

    /** Workspace-relative paths of files archived with the run. */
    public List<String> getArtifacts() {
        return artifacts;
    }

    public List<EnvNode> getEnvNodes() {
        return envNodes;
    }

    public List<PerfTest> getTests() {
        return tests;
    }

    @Override
    public boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PerfRun)) {
            return false;
        }
        PerfRun r = (PerfRun) o;
        return Double.compare(durationSec, r.durationSec) == 0 && append == r.append && edited == r.edited
                && uuid.equals(r.uuid) && projectName.equals(r.projectName) && title.equals(r.title)
                && cmdline.equals(r.cmdline) && suiteName.equals(r.suiteName) && suiteVer.equals(r.suiteVer)
                && author.equals(r.author) && productName.equals(r.productName) && productVer.equals(r.productVer)
                && regressionTag.equals(r.regressionTag) && Objects.equals(begin, r.begin)
                && Objects.equals(end, r.end) && links.equals(r.links) && attributes.equals(r.attributes)
                && artifacts.equals(r.artifacts) && envNodes.equals(r.envNodes) && tests.equals(r.tests);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uuid, title, tests.size());
    }

    @Override
    public String toString() {
        return "PerfRun '" + title + "' " + getCounts();
    }

    /**
     * Collects a run's values. Tests with the same (group, tag, category) are merged as perftracker-client
     * does when their unit and direction agree, and refused otherwise.
     */
    @SuppressWarnings("checkstyle:HiddenField")
    public static final class Builder {
        private String uuid;
        private String projectName;
        private String title;
        private String cmdline;
        private String suiteName;
        private String suiteVer;
        private String author;
        private String productName;
        private String productVer;
        private String regressionTag;
        private OffsetDateTime begin;
        private OffsetDateTime end;
        private double durationSec;
        private boolean append;
        private boolean edited;
        private Map<String, String> links;
        private Map<String, String> attributes;
        private List<String> artifacts;
        private List<EnvNode> envNodes;
        private final Map<String, PerfTest> tests = new LinkedHashMap<>();

        public Builder uuid(final String uuid) {
            this.uuid = uuid;
            return this;
        }

        public Builder projectName(final String projectName) {
            this.projectName = projectName;
            return this;
        }

        public Builder title(final String title) {
            this.title = title;
            return this;
        }

        public Builder cmdline(final String cmdline) {
            this.cmdline = cmdline;
            return this;
        }

        public Builder suiteName(final String suiteName) {
            this.suiteName = suiteName;
            return this;
        }

        public Builder suiteVer(final String suiteVer) {
            this.suiteVer = suiteVer;
            return this;
        }

        public Builder author(final String author) {
            this.author = author;
            return this;
        }

        public Builder productName(final String productName) {
            this.productName = productName;
            return this;
        }

        public Builder productVer(final String productVer) {
            this.productVer = productVer;
            return this;
        }

        public Builder regressionTag(final String regressionTag) {
            this.regressionTag = regressionTag;
            return this;
        }

        public Builder begin(final OffsetDateTime begin) {
            this.begin = begin;
            return this;
        }

        public Builder end(final OffsetDateTime end) {
            this.end = end;
            return this;
        }

        public Builder durationSec(final double durationSec) {
            this.durationSec = durationSec;
            return this;
        }

        public Builder append(final boolean append) {
            this.append = append;
            return this;
        }

        public Builder edited(final boolean edited) {
            this.edited = edited;
            return this;
        }

        public Builder links(final Map<String, String> links) {
            this.links = links;
            return this;
        }

        public Builder attributes(final Map<String, String> attributes) {
            this.attributes = attributes;
            return this;
        }

        public Builder artifacts(final List<String> artifacts) {
            this.artifacts = artifacts;
            return this;
        }

        public Builder envNodes(final List<EnvNode> envNodes) {
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
        public Builder addTest(final PerfTest test) {
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
}
