package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/**
 * Records of several projects on one dashboard (a folder, a multibranch project): build and job ids are
 * qualified with the project ({@code app/main #42}), since build 42 of two branches are two builds, and the
 * charts group by those ids.
 */
public final class AggregatedRecords {
    private AggregatedRecords() {
    }

    /** The label a build has on an aggregated dashboard. */
    public static String label(final String repo, final String build) {
        return repo + " #" + build;
    }

    public static List<BuildTimeRecord> qualify(final Collection<BuildTimeRecord> records) {
        List<BuildTimeRecord> qualified = new ArrayList<>(records.size());
        for (BuildTimeRecord record : records) {
            qualified.add(record.toBuilder().build(label(record.getRepo(), record.getBuild()))
                    .job(label(record.getRepo(), record.getJob())).build());
        }
        return qualified;
    }
}
