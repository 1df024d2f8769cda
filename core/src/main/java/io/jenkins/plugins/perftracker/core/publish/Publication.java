package io.jenkins.plugins.perftracker.core.publish;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.store.index.BuildSummary;
import io.jenkins.plugins.perftracker.core.store.index.IndexedBuild;
import io.jenkins.plugins.perftracker.core.store.index.SeriesIndex;
import io.jenkins.plugins.perftracker.core.verdict.BuildJudge;
import io.jenkins.plugins.perftracker.core.verdict.ChangePointLocator;
import io.jenkins.plugins.perftracker.core.verdict.Verdict;
import io.jenkins.plugins.perftracker.core.verdict.VerdictOptions;

/**
 * What happens to a published run on the controller, in the engine so the plugin only translates: judge it
 * against the job's series index (which holds only earlier builds' summaries, so no build record is loaded),
 * then record the build's runs in the index.
 */
public final class Publication {
    private final SeriesIndex index;
    private final ChangePointLocator locator;

    public Publication(final SeriesIndex index, final ChangePointLocator locator) {
        this.index = index;
        this.locator = locator;
    }

    /**
     * Judges a new run of a build against the earlier builds of each of its series.
     *
     * @param successfulBuilds the earlier builds whose result was SUCCESS (for the lastSuccessful baseline)
     */
    public Verdict judge(final int build, final PerfRun run, final VerdictOptions options,
            final Set<Integer> successfulBuilds) throws IOException {
        int depth = PublishPolicy.historyFor(options.baseline());
        Map<SeriesInfo, List<SeriesPoint>> history = new LinkedHashMap<>();
        for (PerfTest test : run.getTests()) {
            history.put(SeriesInfo.of(test), index.readSeries(test.getSeriesKey(), depth + 1).stream()
                    .filter(p -> p.build() < build).toList());
        }
        return new BuildJudge(options, locator).judge(build, history, successfulBuilds, run);
    }

    /**
     * Records every run of a build (several publish calls in one build are kept apart as runs, and their series
     * are summarised together); an earlier summary of the same build is replaced.
     */
    public void record(final int build, final long timeMillis, final List<PerfRun> runsOfBuild) throws IOException {
        index.append(BuildSummary.of(build, timeMillis, runsOfBuild));
    }

    /**
     * Keeps at most {@code maxBuilds} builds in the index, forgetting the oldest (0 keeps all). The build
     * records stay, so a rebuild brings them back; this bounds what trends and verdicts read on busy jobs.
     *
     * @return how many builds were forgotten
     */
    public int retain(final int maxBuilds) throws IOException {
        if (maxBuilds <= 0) {
            return 0;
        }
        List<Integer> builds = index.builds().stream().map(IndexedBuild::build).sorted().toList();
        int excess = builds.size() - maxBuilds;
        for (int i = 0; i < excess; i++) {
            index.removeBuild(builds.get(i));
        }
        return Math.max(0, excess);
    }
}
