package io.jenkins.plugins.perftracker.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import hudson.model.Job;
import hudson.model.Run;

import io.jenkins.plugins.perftracker.core.regression.BuildInfo;
import io.jenkins.plugins.perftracker.model.PerfBuildAction;
import io.jenkins.plugins.perftracker.model.ResultSummary;

/**
 * A job's regression tags: which builds carry which tag (from build.xml summaries of the recent builds) and which
 * builds users excluded from their tag ({@code <job>/perftracker-tags.xml}, PerfTracker's "linked" flag).
 */
final class JobTags {
    private final Job<?, ?> job;
    private final JobFile<Map<String, Set<Integer>>> file;

    JobTags(final Job<?, ?> job) {
        this.job = job;
        file = new JobFile<>(job, "perftracker-tags.xml", HashMap::new);
    }

    /** The recent builds with results, with product version and tag, newest first; at most {@code limit}. */
    Collection<BuildInfo> builds(final int limit) {
        List<BuildInfo> builds = new ArrayList<>();
        for (Run<?, ?> build : job.getBuilds()) {
            if (builds.size() >= limit) {
                break;
            }
            PerfBuildAction action = PerfBuildAction.first(build);
            if (action != null) {
                ResultSummary s = action.getSummary();
                builds.add(new BuildInfo(build.getNumber(), build.getTimeInMillis(), s.getProductVersion(),
                        s.getRegressionTag()));
            }
        }
        return builds;
    }

    /** The tags of those builds, sorted. */
    Set<String> names(final int limit) {
        Set<String> names = new TreeSet<>();
        builds(limit).forEach(b -> names.add(b.regressionTag()));
        names.remove("");
        return names;
    }

    Set<Integer> excluded(final String tag) throws IOException {
        return new TreeSet<>(file.read().getOrDefault(tag, Set.of()));
    }

    /** Takes a build out of its tag or puts it back. */
    void setLinked(final String tag, final int build, final boolean linked) throws IOException {
        file.update(stored -> {
            Map<String, Set<Integer>> exclusions = new HashMap<>(stored);
            Set<Integer> excluded = new TreeSet<>(exclusions.getOrDefault(tag, Set.of()));
            if (linked) {
                excluded.remove(build);
            }
            else {
                excluded.add(build);
            }
            exclusions.put(tag, excluded);
            return exclusions;
        });
    }
}
