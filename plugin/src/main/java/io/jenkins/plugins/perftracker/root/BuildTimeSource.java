package io.jenkins.plugins.perftracker.root;

import java.io.IOException;
import java.util.List;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Job;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.travis.RepoSlug;

/**
 * The one door through which badges, the Travis import and the Travis dashboards reach build-time records:
 * a Jenkins job's, or an imported Travis repository's (stored under {@code $JENKINS_HOME/perftracker-travis}).
 */
public interface BuildTimeSource extends ExtensionPoint {
    /** Every build-time record of the job, any order; empty when none were collected. */
    List<BuildTimeRecord> records(Job<?, ?> job) throws IOException;

    /** Every record of an imported Travis repository; empty when nothing was imported. */
    List<BuildTimeRecord> records(RepoSlug slug) throws IOException;

    /** Whether some job of that Travis build is stored already (the import then skips it). */
    boolean hasBuild(RepoSlug slug, int buildNumber) throws IOException;

    /** Stores the jobs of one imported Travis build, replacing those stored for the same build. */
    void store(RepoSlug slug, List<BuildTimeRecord> records) throws IOException;

    /** The Travis repositories with stored records, sorted. */
    List<RepoSlug> travisRepositories() throws IOException;

    /** Whether records of the repository were imported (names compared without case, as GitHub does). */
    default boolean imported(final RepoSlug slug) throws IOException {
        return travisRepositories().stream().anyMatch(s -> s.canonical().equals(slug.canonical()));
    }

    /** The source Jenkins uses: the first {@code @Extension} implementing this. */
    static BuildTimeSource get() {
        return ExtensionList.lookupFirst(BuildTimeSource.class);
    }
}
