package io.jenkins.plugins.perftracker.job;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import hudson.model.Job;

import io.jenkins.plugins.perftracker.core.view.job.RunRef;

/** A job's saved comparisons, each a title and its runs ({@code <job>/perftracker-comparisons.xml}). */
public final class SavedComparisons {
    private static final int MAX_TITLE = 200;
    private static final int MAX_SAVED = 500;

    private final JobFile<List<Saved>> file;

    SavedComparisons(final Job<?, ?> job) {
        file = new JobFile<>(job, "perftracker-comparisons.xml", ArrayList::new);
    }

    public List<Saved> list() throws IOException {
        return new ArrayList<>(file.read());
    }

    /**
     * Saves a comparison; the runs are checked by the engine's parser, title and count are bounded.
     *
     * @throws IllegalArgumentException for bad runs, a title too long, or too many saved comparisons
     */
    void save(final String title, final String runs) throws IOException {
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title: 1 to " + MAX_TITLE + " characters expected");
        }
        if (RunRef.parseAll(runs).size() < 2) {
            throw new IllegalArgumentException("runs: at least two runs are needed for a comparison");
        }
        Saved comparison = new Saved(name, runs.strip());
        file.update(saved -> {
            if (saved.size() >= MAX_SAVED) {
                throw new IllegalArgumentException("at most " + MAX_SAVED + " comparisons can be saved");
            }
            List<Saved> all = new ArrayList<>(saved);
            all.add(comparison);
            return all;
        });
    }

    /** One saved comparison. */
    public static final class Saved implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String title;
        private final String runs;

        Saved(final String title, final String runs) {
            this.title = title;
            this.runs = runs;
        }

        public String getTitle() {
            return title;
        }

        public String getRuns() {
            return runs;
        }
    }
}
