package io.jenkins.plugins.perftracker.core.verdict;

import java.util.List;

/**
 * How a build is judged.
 *
 * @param baseline         what each series is compared with
 * @param alpha            the significance level of the Holm-adjusted p-values
 * @param minEffect        the smallest relative change that counts (0.02 = 2 %)
 * @param confidence       the confidence level of the change intervals
 * @param gates            the quality gates
 * @param acknowledgements the known changes
 */
public record VerdictOptions(Baseline baseline, double alpha, double minEffect, double confidence,
        List<QualityGate> gates, List<Acknowledgement> acknowledgements) {
    public VerdictOptions {
        if (!(alpha > 0 && alpha < 1) || !(minEffect >= 0) || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("0 < alpha < 1, minEffect >= 0 and 0 < confidence < 1 expected but was "
                    + alpha + ", " + minEffect + ", " + confidence);
        }
        gates = List.copyOf(gates);
        acknowledgements = List.copyOf(acknowledgements);
    }

    /** The given baseline, alpha 0.05, minimum effect 2 %, 95 % intervals, no gates, no acknowledgements. */
    public static VerdictOptions of(final Baseline baseline) {
        return new VerdictOptions(baseline, 0.05, 0.02, 0.95, List.of(), List.of());
    }

    public VerdictOptions withGates(final QualityGate... newGates) {
        return new VerdictOptions(baseline, alpha, minEffect, confidence, List.of(newGates), acknowledgements);
    }

    public VerdictOptions withAcknowledgements(final Acknowledgement... acks) {
        return new VerdictOptions(baseline, alpha, minEffect, confidence, gates, List.of(acks));
    }
}
