package io.jenkins.plugins.perftracker.root.travis;

import java.io.IOException;
import java.util.Optional;

import edu.umd.cs.findbugs.annotations.CheckForNull;

import io.jenkins.plugins.perftracker.core.travis.RepoSlug;
import io.jenkins.plugins.perftracker.root.BuildTimeSource;

/** {@code travis/<owner>/}: leads to the dashboards of the owner's imported repositories. */
public class TravisOwner {
    private final String owner;

    TravisOwner(final String owner) {
        this.owner = owner;
    }

    /** {@code <repo>/}: the repository's dashboard; null (404) unless it was imported. */
    @CheckForNull
    public TravisRepoPage getDynamic(final String name) throws IOException {
        Optional<RepoSlug> slug = RepoSlug.parse(owner + "/" + name);
        return slug.isPresent() && BuildTimeSource.get().imported(slug.get())
                ? new TravisRepoPage(slug.get()) : null;
    }
}
