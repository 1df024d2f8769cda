package io.jenkins.plugins.perftracker.core.model;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One published set of results (PerfTracker's job; one {@code perftrackerPublish} call in a build): what ran,
 * on which environment, and its tests. Immutable; built and validated by {@link PerfRunBuilder}.
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

    PerfRun(final PerfRunBuilder b) {
        uuid = Values.name(b.uuid);
        projectName = Values.name(b.projectName);
        title = Values.bounded("title", Values.name(b.title), Values.MAX_TITLE);
        cmdline = Values.text(b.cmdline);
        suiteName = Values.name(b.suiteName);
        suiteVer = Values.name(b.suiteVer);
        author = Values.name(b.author);
        productName = Values.name(b.productName);
        productVer = Values.name(b.productVer);
        regressionTag = Values.name(b.regressionTag);
        begin = b.begin;
        end = b.end;
        durationSec = Values.nonNegative("duration", b.durationSec);
        append = b.append;
        edited = b.edited;
        links = Values.cleanMap(b.links);
        attributes = Values.cleanMap(b.attributes);
        artifacts = Values.names(b.artifacts);
        envNodes = Values.copyOf(b.envNodes);
        tests = Collections.unmodifiableList(new ArrayList<>(b.tests.values()));
        if (begin != null && end != null && end.isBefore(begin)) {
            throw new InvalidValueException("end", "must not be before begin (" + begin + ") but was " + end);
        }
    }

    public static PerfRunBuilder builder() {
        return new PerfRunBuilder();
    }

    /** A run that came over remoting (from an agent) is validated again on the controller, as the builder does. */
    private Object readResolve() throws ObjectStreamException {
        return Values.resolve("run", this::toBuilder, PerfRunBuilder::build);
    }

    /** A builder holding every value of this run, to derive a changed copy. */
    public PerfRunBuilder toBuilder() {
        PerfRunBuilder b = new PerfRunBuilder().uuid(uuid).projectName(projectName).title(title).cmdline(cmdline)
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
        return Values.duration(durationSec, begin, end);
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
}
