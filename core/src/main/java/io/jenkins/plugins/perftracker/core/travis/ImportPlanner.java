package io.jenkins.plugins.perftracker.core.travis;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/**
 * Plans an import of builds {@code first..last} as Buildtime Trend's service did: {@code last < first}
 * becomes {@code last = first} with a warning; the range is capped at {@code maxBuilds} builds (the seed
 * allowed one more: {@code first + max_builds}); builds already stored are skipped; the k-th build to fetch
 * waits k × delay, so skipped builds cost no time. A single build (a webhook) waits {@code singleDelay}.
 */
public final class ImportPlanner {
    private final ImportSettings settings;

    public ImportPlanner(final ImportSettings settings) {
        this.settings = settings;
    }

    /** The plan for one build a webhook announced. */
    public ImportPlan single(final RepoSlug slug, final int build, final IntPredicate alreadyStored) {
        if (alreadyStored.test(build)) {
            return new ImportPlan(slug, List.of(), List.of(build),
                    List.of("Build #" + build + " of project " + slug + " already exists in database"));
        }
        return new ImportPlan(slug, List.of(new ImportPlan.Scheduled(build, settings.singleDelay())), List.of(),
                List.of());
    }

    /** The plan for a batch {@code first..last} (last defaults to first). */
    public ImportPlan batch(final RepoSlug slug, final int first, final OptionalInt last,
            final IntPredicate alreadyStored) {
        if (first < 1) {
            throw new IllegalArgumentException("Build numbers start at 1 but first was " + first);
        }
        List<String> warnings = new ArrayList<>();
        int end = lastBuild(first, last.orElse(first), warnings);
        List<ImportPlan.Scheduled> scheduled = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        for (long number = first; number <= end; number++) {
            int build = (int) number;
            if (alreadyStored.test(build)) {
                skipped.add(build);
            } else {
                scheduled.add(new ImportPlan.Scheduled(build, settings.delay().multipliedBy(scheduled.size())));
            }
        }
        return new ImportPlan(slug, scheduled, skipped, warnings);
    }

    private int lastBuild(final int first, final int last, final List<String> warnings) {
        if (last < first) {
            warnings.add("last build " + last + " is before first build " + first + ", importing build " + first);
            return first;
        }
        if ((long) last - first + 1 > settings.maxBuilds()) {
            int end = (int) Math.min(Integer.MAX_VALUE, (long) first + settings.maxBuilds() - 1);
            warnings.add("at most " + settings.maxBuilds() + " builds per import, importing " + first + ".." + end);
            return end;
        }
        return last;
    }
}
