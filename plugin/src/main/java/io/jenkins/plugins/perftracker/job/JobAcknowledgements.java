package io.jenkins.plugins.perftracker.job;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import hudson.model.Job;
import hudson.model.User;

import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.verdict.Acknowledgement;

/**
 * The known changes of a job's series that users acknowledged ({@code <job>/perftracker-acknowledgements.xml}),
 * kept in plain values and handed to the engine's verdict as {@link Acknowledgement}s.
 */
public final class JobAcknowledgements {
    private static final int MAX_REASON = 500;

    private final JobFile<List<Entry>> file;

    private JobAcknowledgements(final Job<?, ?> job) {
        file = new JobFile<>(job, "perftracker-acknowledgements.xml", ArrayList::new);
    }

    public static JobAcknowledgements of(final Job<?, ?> job) {
        return new JobAcknowledgements(job);
    }

    /** The acknowledgements as the engine takes them. */
    public List<Acknowledgement> list() throws IOException {
        List<Acknowledgement> result = new ArrayList<>();
        for (Entry e : file.read()) {
            result.add(Acknowledgement.from(new SeriesKey(e.group, e.tag, e.category, e.unit), e.fromBuild, e.reason));
        }
        return result;
    }

    /**
     * Adds one; the series key is validated by the engine, the reason is bounded.
     *
     * @throws IllegalArgumentException for a bad key, build or reason
     */
    public void add(final String group, final String tag, final String category, final String unit,
            final int fromBuild, final String reason) throws IOException {
        for (String part : new String[] {group, tag, category, unit}) {
            if (text(part).length() > MAX_REASON) {
                throw new IllegalArgumentException("series: group, tag, category and unit of at most " + MAX_REASON
                        + " characters expected");
            }
        }
        SeriesKey key = new SeriesKey(text(group), text(tag), text(category), text(unit));
        String why = text(reason);
        if (why.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason: at most " + MAX_REASON + " characters expected");
        }
        Acknowledgement.from(key, fromBuild, why);
        User user = User.current();
        Entry entry = new Entry(key, fromBuild, why, user == null ? "" : user.getId());
        file.update(entries -> {
            List<Entry> all = new ArrayList<>(entries);
            all.add(entry);
            return all;
        });
    }

    private static String text(final String value) {
        return value == null ? "" : value.strip();
    }

    /** One acknowledgement in plain values. */
    static final class Entry implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String group;
        private final String tag;
        private final String category;
        private final String unit;
        private final int fromBuild;
        private final String reason;
        private final String user;

        Entry(final SeriesKey key, final int fromBuild, final String reason, final String user) {
            group = key.getGroup();
            tag = key.getTag();
            category = key.getCategory();
            unit = key.getUnit();
            this.fromBuild = fromBuild;
            this.reason = reason;
            this.user = user;
        }
    }
}
