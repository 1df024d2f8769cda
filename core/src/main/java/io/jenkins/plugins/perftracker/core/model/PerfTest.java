package io.jenkins.plugins.perftracker.core.model;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One measurement of a run (PerfTracker's test): its identity (group, tag, category), unit and direction,
 * the raw scores with their deviations, and what went wrong. Immutable; built and validated by {@link PerfTestBuilder}.
 */
@SuppressWarnings({"PMD.TooManyFields", "PMD.ExcessivePublicCount"})
public final class PerfTest implements Serializable {
    private static final long serialVersionUID = 1L;
    /** PerfTracker's default unit. */
    public static final String DEFAULT_UNIT = "loops/sec";

    private final int seqNum;
    private final String uuid;
    private final String tag;
    private final String group;
    private final String category;
    private final String binary;
    private final String cmdline;
    private final String description;
    private final String unit;
    private final boolean lessIsBetter;
    private final double[] scores;
    private final double[] scoresRejected;
    private final double[] deviations;
    private final double[] deviationsRejected;
    private final int sampleCount;
    private final long loops;
    private final double durationSec;
    private final OffsetDateTime begin;
    private final OffsetDateTime end;
    private final Status status;
    private final Messages errors;
    private final Messages warnings;
    private final Map<String, String> links;
    private final Map<String, String> attribs;

    private transient ScoreStats stats;

    PerfTest(final PerfTestBuilder b) {
        tag = Values.bounded("tag", Values.requireText("tag", Values.name(b.tag)), Values.MAX_TAG);
        group = Values.bounded("group", Values.name(b.group), Values.MAX_GROUP);
        category = Values.bounded("category", Values.name(b.category), Values.MAX_GROUP);
        seqNum = Values.nonNegative("seq_num", b.seqNum);
        uuid = Values.name(b.uuid);
        binary = Values.name(b.binary);
        cmdline = Values.text(b.cmdline);
        description = Values.text(b.description);
        unit = Values.name(b.unit).isBlank() ? DEFAULT_UNIT : Values.name(b.unit);
        lessIsBetter = b.lessIsBetter;
        scores = Values.finite("scores", b.scores);
        scoresRejected = Values.finite("scores_rejected", b.scoresRejected);
        deviations = Values.finite("deviations", b.deviations);
        deviationsRejected = Values.finite("deviations_rejected", b.deviationsRejected);
        sampleCount = b.sampleCount == null ? scores.length : Values.nonNegative("samples", b.sampleCount);
        loops = Values.nonNegative("loops", b.loops);
        durationSec = Values.nonNegative("duration_sec", b.durationSec);
        begin = b.begin;
        end = b.end;
        status = b.status == null ? Status.SUCCESS : b.status;
        errors = b.errors == null ? Messages.NONE : b.errors;
        warnings = b.warnings == null ? Messages.NONE : b.warnings;
        links = Values.cleanMap(b.links);
        attribs = Values.cleanMap(b.attribs);
        if (scores.length == 0 && status == Status.SUCCESS) {
            throw new InvalidValueException("scores", "at least one score expected for a test with status SUCCESS");
        }
        if (begin != null && end != null && end.isBefore(begin)) {
            throw new InvalidValueException("end", "must not be before begin (" + begin + ") but was " + end);
        }
    }

    public static PerfTestBuilder builder(final String tag) {
        return new PerfTestBuilder().tag(tag);
    }

    /** A test that came over remoting (from an agent) is validated again on the controller, as the builder does. */
    private Object readResolve() throws ObjectStreamException {
        return Values.resolve("test", this::toBuilder, PerfTestBuilder::build);
    }

    /** A builder holding every value of this test, to derive a changed copy. */
    public PerfTestBuilder toBuilder() {
        return new PerfTestBuilder().seqNum(seqNum).uuid(uuid).tag(tag).group(group).category(category).binary(binary)
                .cmdline(cmdline).description(description).unit(unit).lessIsBetter(lessIsBetter).scores(scores)
                .scoresRejected(scoresRejected).deviations(deviations).deviationsRejected(deviationsRejected)
                .sampleCount(sampleCount).loops(loops).durationSec(durationSec).begin(begin).end(end)
                .status(status).errors(errors).warnings(warnings).links(links).attribs(attribs);
    }

    public SeriesKey getSeriesKey() {
        return new SeriesKey(group, tag, category, unit);
    }

    /** PerfTracker's test case: the tag when the test has a category, otherwise the group. */
    public String getTestCase() {
        return category.isEmpty() ? group : tag;
    }

    /** PerfTracker's {@code tests_errors} rule: FAILED, or at least one error. */
    public boolean hasErrors() {
        return status == Status.FAILED || !errors.isEmpty();
    }

    public ScoreStats getStats() {
        if (stats == null) {
            stats = new ScoreStats(scores, deviations);
        }
        return stats;
    }

    /** {@code duration_sec} when sent, otherwise end − begin, otherwise zero. */
    public Duration getDuration() {
        return Values.duration(durationSec, begin, end);
    }

    public int getSeqNum() {
        return seqNum;
    }

    public String getUuid() {
        return uuid;
    }

    public String getTag() {
        return tag;
    }

    public String getGroup() {
        return group;
    }

    public String getCategory() {
        return category;
    }

    public String getBinary() {
        return binary;
    }

    public String getCmdline() {
        return cmdline;
    }

    public String getDescription() {
        return description;
    }

    public String getUnit() {
        return unit;
    }

    public boolean isLessIsBetter() {
        return lessIsBetter;
    }

    /** The raw scores (samples); a copy. */
    public double[] getScores() {
        return scores.clone();
    }

    public int getScoreCount() {
        return scores.length;
    }

    public double getScore(final int index) {
        return scores[index];
    }

    public double[] getScoresRejected() {
        return scoresRejected.clone();
    }

    /** The deviations as sent; empty when none were sent (then the stats use the scores' spread). */
    public double[] getDeviations() {
        return deviations.clone();
    }

    public double[] getDeviationsRejected() {
        return deviationsRejected.clone();
    }

    /** PerfTracker's {@code samples}: the n of its t-test; the number of scores unless sent. */
    public int getSampleCount() {
        return sampleCount;
    }

    public long getLoops() {
        return loops;
    }

    public double getDurationSec() {
        return durationSec;
    }

    public OffsetDateTime getBegin() {
        return begin;
    }

    public OffsetDateTime getEnd() {
        return end;
    }

    public Status getStatus() {
        return status;
    }

    public Messages getErrors() {
        return errors;
    }

    public Messages getWarnings() {
        return warnings;
    }

    public Map<String, String> getLinks() {
        return links;
    }

    public Map<String, String> getAttribs() {
        return attribs;
    }

    @Override
    public boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PerfTest)) {
            return false;
        }
        PerfTest t = (PerfTest) o;
        return seqNum == t.seqNum && lessIsBetter == t.lessIsBetter && sampleCount == t.sampleCount
                && loops == t.loops && Double.compare(durationSec, t.durationSec) == 0 && uuid.equals(t.uuid)
                && tag.equals(t.tag) && group.equals(t.group) && category.equals(t.category)
                && binary.equals(t.binary) && cmdline.equals(t.cmdline) && description.equals(t.description)
                && unit.equals(t.unit) && Arrays.equals(scores, t.scores)
                && Arrays.equals(scoresRejected, t.scoresRejected) && Arrays.equals(deviations, t.deviations)
                && Arrays.equals(deviationsRejected, t.deviationsRejected) && Objects.equals(begin, t.begin)
                && Objects.equals(end, t.end) && status == t.status && errors.equals(t.errors)
                && warnings.equals(t.warnings) && links.equals(t.links) && attribs.equals(t.attribs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getSeriesKey(), uuid, seqNum, status, Arrays.hashCode(scores));
    }

    @Override
    public String toString() {
        return getSeriesKey() + " " + status + " " + Arrays.toString(scores);
    }
}
