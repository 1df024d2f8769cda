package io.jenkins.plugins.perftracker.core.publish;

import java.util.List;
import java.util.Locale;

import io.jenkins.plugins.perftracker.core.compare.Outcome;
import io.jenkins.plugins.perftracker.core.verdict.SeriesVerdict;
import io.jenkins.plugins.perftracker.core.verdict.Verdict;

/**
 * The text of the mail about a build's newly detected regressions and improvements: a subject that says what
 * happened, and a plain-text body listing each change with its size and p-value, worst first.
 *
 * @param subject the mail's subject
 * @param body    the mail's plain-text body
 */
public record VerdictMail(String subject, String body) {
    /** At most this many changes are listed; the build's page has them all. */
    static final int MAX_LISTED = 50;

    /** Whether a verdict is worth a mail: any unacknowledged regression or improvement. */
    public static boolean isWorthMailing(final Verdict verdict) {
        return !verdict.newRegressions().isEmpty() || verdict.counts().improved() > 0;
    }

    public static VerdictMail of(final String jobName, final int build, final String url, final Verdict verdict) {
        List<SeriesVerdict> improved = verdict.series().stream()
                .filter(v -> v.outcome() == Outcome.IMPROVED && !v.acknowledged()).toList();
        String subject = String.format(Locale.ROOT, "[perftracker] %s #%d: %d regression(s), %d improvement(s) — %s",
                jobName, build, verdict.newRegressions().size(), improved.size(), verdict.status());
        StringBuilder body = new StringBuilder();
        body.append(jobName).append(" #").append(build).append(": verdict ").append(verdict.status())
                .append(" against the ").append(verdict.baseline().kind().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' ')).append(" baseline.\n").append(url).append("\n\n");
        section(body, "Regressions", verdict.newRegressions());
        section(body, "Improvements", improved);
        return new VerdictMail(subject, body.toString());
    }

    private static void section(final StringBuilder body, final String title, final List<SeriesVerdict> changes) {
        if (changes.isEmpty()) {
            return;
        }
        body.append(title).append(":\n");
        changes.stream().limit(MAX_LISTED).forEach(v -> body.append(String.format(Locale.ROOT,
                "  %s [%s]: %.4g -> %.4g %s (%+.1f%%, p = %.2g)%n", v.series().displayName(),
                v.series().getGroup(), v.baselineMean(), v.newMean(), v.series().getUnit(),
                100 * v.change().change(), v.pAdjusted())));
        if (changes.size() > MAX_LISTED) {
            body.append("  … and ").append(changes.size() - MAX_LISTED).append(" more\n");
        }
        body.append('\n');
    }
}
