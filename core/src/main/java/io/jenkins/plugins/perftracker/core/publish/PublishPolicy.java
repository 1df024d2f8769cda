package io.jenkins.plugins.perftracker.core.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.jenkins.plugins.perftracker.core.verdict.Acknowledgement;
import io.jenkins.plugins.perftracker.core.verdict.Baseline;
import io.jenkins.plugins.perftracker.core.verdict.BaselineKind;
import io.jenkins.plugins.perftracker.core.verdict.Criticality;
import io.jenkins.plugins.perftracker.core.verdict.GateMetric;
import io.jenkins.plugins.perftracker.core.verdict.QualityGate;
import io.jenkins.plugins.perftracker.core.verdict.VerdictOptions;

/**
 * Turns the publish step's verdict options into the engine's: the baseline as users write it and the two
 * thresholds. Any unacknowledged regression is a NOTE (a stage warning, the build stays green); a regression
 * worse than {@code unstable} percent makes the build UNSTABLE, worse than {@code failure} percent FAILURE.
 */
public final class PublishPolicy {
    /** How many earlier builds a verdict looks at when the baseline does not say. */
    public static final int HISTORY = 100;

    private PublishPolicy() {
    }

    /**
     * Parses a baseline: {@code previous}, {@code lastSuccessful}, {@code build:N}, {@code window:N} or
     * {@code changepoint} (the builds since the series' last change point, at most {@value #HISTORY}).
     *
     * @throws IllegalArgumentException naming the option and the accepted forms
     */
    public static Baseline baseline(final String text) {
        String spec = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String[] parts = spec.split(":", 2);
        try {
            switch (parts[0]) {
                case "", "previous":
                    return Baseline.previous();
                case "lastsuccessful", "last-successful":
                    return Baseline.lastSuccessful();
                case "build", "pinned":
                    return Baseline.pinned(Integer.parseInt(parts[1].strip()));
                case "window":
                    return Baseline.window(Integer.parseInt(parts[1].strip()));
                case "changepoint", "change-point":
                    return Baseline.changePoint(HISTORY);
                default:
                    break;
            }
        }
        catch (RuntimeException e) {
            // reported below, with the accepted forms
        }
        throw new IllegalArgumentException("baseline: one of previous, lastSuccessful, build:N, window:N or "
                + "changepoint expected but was '" + text + "'");
    }

    /** The verdict options for a publish: baseline, thresholds in percent (0 = off) and acknowledged changes. */
    public static VerdictOptions options(final String baseline, final double unstablePercent,
            final double failurePercent, final List<Acknowledgement> acknowledgements) {
        List<QualityGate> gates = new ArrayList<>();
        gates.add(QualityGate.global(GateMetric.REGRESSION_COUNT, 1, Criticality.NOTE));
        if (unstablePercent > 0) {
            gates.add(QualityGate.global(GateMetric.WORST_CHANGE, unstablePercent, Criticality.UNSTABLE));
        }
        if (failurePercent > 0) {
            gates.add(QualityGate.global(GateMetric.WORST_CHANGE, failurePercent, Criticality.FAILURE));
        }
        return VerdictOptions.of(baseline(baseline))
                .withGates(gates.toArray(new QualityGate[0]))
                .withAcknowledgements(acknowledgements.toArray(new Acknowledgement[0]));
    }

    /** How many earlier builds of each series the baseline needs. */
    public static int historyFor(final Baseline baseline) {
        return baseline.kind() == BaselineKind.WINDOW ? Math.max(HISTORY, baseline.window() + 1) : HISTORY;
    }
}
