package io.jenkins.plugins.perftracker.root;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import hudson.Extension;
import hudson.model.Job;
import jenkins.model.Jenkins;

import io.jenkins.plugins.perftracker.buildtime.JobBuildTimes;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.index.BuildTimeIndex;
import io.jenkins.plugins.perftracker.core.travis.RepoSlug;

/**
 * Build-time records in the engine's build-time index, one file per project: a job's, kept by the build-time
 * collection ({@link JobBuildTimes}), and an imported Travis repository's
 * {@code $JENKINS_HOME/perftracker-travis/<owner>/<repo>/buildtimes.idx} (names in lower case, as GitHub ignores
 * case). One open index per file for the life of Jenkins, as the index requires.
 */
@Extension
public class IndexedBuildTimeSource implements BuildTimeSource {
    static final String REPO_FILE = "buildtimes.idx";
    private static final Map<Path, BuildTimeIndex> OPEN = new ConcurrentHashMap<>();

    @Override
    public List<BuildTimeRecord> records(final Job<?, ?> job) {
        return JobBuildTimes.all(job);
    }

    @Override
    public List<BuildTimeRecord> records(final RepoSlug slug) throws IOException {
        Path file = repoFile(slug);
        return Files.exists(file) ? index(file).readAll() : List.of();
    }

    @Override
    public boolean hasBuild(final RepoSlug slug, final int buildNumber) throws IOException {
        Path file = repoFile(slug);
        return Files.exists(file) && index(file).getBuilds().contains(Integer.toString(buildNumber));
    }

    @Override
    public void store(final RepoSlug slug, final List<BuildTimeRecord> records) throws IOException {
        BuildTimeIndex index = index(repoFile(slug));
        for (BuildTimeRecord record : records) {
            index.append(record); // keyed by (build, job): an import again replaces
        }
    }

    @Override
    public List<RepoSlug> travisRepositories() throws IOException {
        Path home = travisHome();
        if (!Files.isDirectory(home)) {
            return List.of();
        }
        List<RepoSlug> slugs = new ArrayList<>();
        try (Stream<Path> owners = Files.list(home)) {
            for (Path owner : owners.filter(Files::isDirectory).toList()) {
                try (Stream<Path> repos = Files.list(owner)) {
                    repos.filter(r -> Files.exists(r.resolve(REPO_FILE)))
                            .map(r -> RepoSlug.parse(owner.getFileName() + "/" + r.getFileName()))
                            .flatMap(Optional::stream).forEach(slugs::add);
                }
            }
        }
        slugs.sort(Comparator.comparing(RepoSlug::canonical));
        return slugs;
    }

    /** {@code $JENKINS_HOME/perftracker-travis}; the slug's parts are validated, so the path stays inside. */
    static Path travisHome() {
        return Jenkins.get().getRootDir().toPath().resolve("perftracker-travis");
    }

    private static Path repoFile(final RepoSlug slug) {
        RepoSlug canonical = RepoSlug.parse(slug.canonical()).orElseThrow();
        return travisHome().resolve(canonical.owner()).resolve(canonical.name()).resolve(REPO_FILE);
    }

    private static BuildTimeIndex index(final Path file) throws IOException {
        BuildTimeIndex open = OPEN.get(file);
        if (open != null) {
            return open;
        }
        synchronized (OPEN) {
            BuildTimeIndex again = OPEN.get(file);
            if (again == null) {
                Files.createDirectories(file.getParent());
                again = BuildTimeIndex.open(file);
                OPEN.put(file, again);
            }
            return again;
        }
    }
}
