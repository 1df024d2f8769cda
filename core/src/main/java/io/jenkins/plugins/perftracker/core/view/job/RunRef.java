package io.jenkins.plugins.perftracker.core.view.job;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to one published run in a shareable comparison URL: {@code 12} (build 12 of this job),
 * {@code 12:2} (its second publish call) or {@code folder/job#12:2} (another job). Untrusted input: parsed
 * strictly and bounded in number.
 *
 * @param job   the full name of another job, or empty for the page's own job
 * @param build the build number
 * @param id    the publish call in that build, from 1
 */
public record RunRef(String job, int build, int id) {
    /** At most this many runs in one comparison. */
    public static final int MAX = 32;
    private static final Pattern REF = Pattern.compile("(?:([^#,]{1,400})#)?(\\d{1,9})(?::(\\d{1,3}))?");

    public RunRef {
        if (build < 1 || id < 1) {
            throw new IllegalArgumentException("runs: build and publish number must be 1 or more");
        }
    }

    /**
     * Parses a comma-separated list.
     *
     * @throws IllegalArgumentException naming the bad part and the accepted forms
     */
    public static List<RunRef> parseAll(final String text) {
        List<RunRef> refs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return refs;
        }
        for (String part : text.split(",")) {
            Matcher m = REF.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("runs: 'BUILD', 'BUILD:N' or 'JOB#BUILD:N' expected but was '"
                        + (part.length() > 60 ? part.substring(0, 60) + "…" : part.strip()) + "'");
            }
            refs.add(new RunRef(m.group(1) == null ? "" : m.group(1).strip(), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3))));
            if (refs.size() > MAX) {
                throw new IllegalArgumentException("runs: at most " + MAX + " runs can be compared");
            }
        }
        return refs;
    }

    /** The label of the run in a comparison. */
    public String label() {
        return (job.isEmpty() ? "" : job + " ") + "#" + build + (id > 1 ? ":" + id : "");
    }
}
