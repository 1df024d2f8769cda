package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.jenkins.plugins.perftracker.core.travis.RepoSlug;
import io.jenkins.plugins.perftracker.core.travis.TravisApiClient;
import io.jenkins.plugins.perftracker.core.travis.TravisApiException;
import io.jenkins.plugins.perftracker.core.travis.TravisBuild;

/**
 * Finds Travis' build ids for build numbers (a batch import names numbers; the API wants ids) by reading the
 * repository's builds newest first, 100 a page, until every number is found or the pages are older than the
 * oldest number asked for. At most {@link #MAX_PAGES} pages are read, so a number far in the past costs a
 * bounded number of requests.
 */
public final class TravisBuilds {
    static final int PAGE = 100;
    static final int MAX_PAGES = 50;

    private TravisBuilds() {
    }

    /** The ids of those numbers that exist among the newest {@code MAX_PAGES × 100} builds. */
    public static Map<Integer, Long> locate(final TravisApiClient client, final RepoSlug slug,
            final Set<Integer> numbers) throws TravisApiException, InterruptedException {
        TreeSet<Integer> missing = new TreeSet<>(numbers);
        Map<Integer, Long> ids = new HashMap<>();
        for (int page = 0; page < MAX_PAGES && !missing.isEmpty(); page++) {
            List<TravisBuild> builds = client.builds(slug, PAGE, page * PAGE);
            for (TravisBuild build : builds) {
                if (missing.remove(build.number())) {
                    ids.put(build.number(), build.id());
                }
            }
            if (missing.isEmpty() || builds.size() < PAGE || builds.get(builds.size() - 1).number() <= missing.first()) {
                break;
            }
        }
        return ids;
    }
}
