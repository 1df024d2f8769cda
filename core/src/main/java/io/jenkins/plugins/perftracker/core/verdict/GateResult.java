package io.jenkins.plugins.perftracker.core.verdict;

/**
 * One quality gate after evaluation.
 *
 * @param gate      the gate
 * @param value     the measured count or worst percentage
 * @param triggered whether the value reached the threshold
 * @param message   a one-line explanation for the build log and summary
 */
public record GateResult(QualityGate gate, double value, boolean triggered, String message) {
}
