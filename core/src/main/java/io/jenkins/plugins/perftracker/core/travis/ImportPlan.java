package io.jenkins.plugins.perftracker.core.travis;

import java.time.Duration;
import java.util.List;

/**
 * Which builds of a repository to import and when.
 *
 * @param slug      the repository
 * @param scheduled the builds to fetch, each with its delay from now, in build order
 * @param skipped   builds in the range already stored (not fetched again)
 * @param warnings  adjustments made to the request, for the reply text
 */
public record ImportPlan(RepoSlug slug, List<Scheduled> scheduled, List<Integer> skipped, List<String> warnings) {
    public ImportPlan {
        scheduled = List.copyOf(scheduled);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** One build to import after a delay. */
    public record Scheduled(int buildNumber, Duration delay) {
    }

    /** The seed's reply line for each scheduled build. */
    public List<String> messages() {
        return scheduled.stream().map(s -> "Task scheduled to process build #" + s.buildNumber() + " of repo "
                + slug + " in " + s.delay().toSeconds() + " s").toList();
    }
}
