package io.jenkins.plugins.perftracker.buildtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import jenkins.model.RunAction2;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.StageComparison;

/**
 * The build-time records of one build, stored in its build.xml (a few records of a few hundred stages at most,
 * so no side file), and its page: the stage tree with pauses and each stage against the job's median. The
 * records are the source of truth; the job's build-time index is derived from them.
 */
public class BuildTimeAction implements RunAction2 {
    /** A plain ArrayList: XStream restores it without reflection into closed JDK classes. */
    private final ArrayList<BuildTimeRecord> records;
    private transient Run<?, ?> owner;

    BuildTimeAction(final List<BuildTimeRecord> records) {
        this.records = new ArrayList<>(records);
    }

    public List<BuildTimeRecord> getRecords() {
        return Collections.unmodifiableList(records);
    }

    /** A copy with {@code added} replacing records of the same job id. */
    BuildTimeAction with(final List<BuildTimeRecord> added) {
        List<BuildTimeRecord> merged = new ArrayList<>();
        for (BuildTimeRecord record : records) {
            if (added.stream().noneMatch(a -> a.getJob().equals(record.getJob()))) {
                merged.add(record);
            }
        }
        merged.addAll(added);
        return new BuildTimeAction(merged);
    }

    @CheckForNull
    public Run<?, ?> getOwner() {
        return owner;
    }

    @Override
    public void onAttached(final Run<?, ?> run) {
        owner = run;
    }

    @Override
    public void onLoad(final Run<?, ?> run) {
        owner = run;
    }

    @Override
    public String getIconFileName() {
        return "symbol-timer-outline plugin-ionicons-api";
    }

    @Override
    public String getDisplayName() {
        return Messages.BuildTimeAction_displayName();
    }

    @Override
    public String getUrlName() {
        return "buildtime";
    }

    /** Each stage of a record against the median of the job's recent builds (the build page's table). */
    public List<StageComparison.Row> comparison(final BuildTimeRecord record) {
        if (owner == null) {
            return StageComparison.of(record, List.of());
        }
        return StageComparison.of(record, BuildTimeIndexes.recent(RunRecords.ownerOf(owner),
                BuildTimeConfiguration.get().getMedianBuilds()));
    }

    /** Seconds as the dashboard shows them: {@code 1h 2m 3s}, tenths under a minute. */
    public static String format(final Double seconds) {
        if (seconds == null) {
            return "–";
        }
        double abs = Math.abs(seconds);
        String sign = seconds < 0 ? "−" : "";
        if (abs < 60) {
            return sign + String.format(java.util.Locale.ROOT, "%.1fs", abs);
        }
        long total = Math.round(abs);
        long h = total / 3600;
        long m = total % 3600 / 60;
        return sign + (h > 0 ? h + "h " : "") + m + "m " + total % 60 + "s";
    }

    /** A change in percent with its sign, or empty without one. */
    public static String percent(final Double percent) {
        return percent == null ? "" : String.format(java.util.Locale.ROOT, "%+.0f%%", percent);
    }
}
