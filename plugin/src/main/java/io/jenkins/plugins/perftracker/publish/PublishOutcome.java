package io.jenkins.plugins.perftracker.publish;

import hudson.model.Result;

import io.jenkins.plugins.perftracker.model.ResultSummary;

/**
 * What a publish call tells its caller: the summary, the build result the gates ask for, and whether the stage
 * deserves a warning.
 *
 * @param summary      counts and verdict
 * @param result       SUCCESS, UNSTABLE or FAILURE
 * @param stageWarning true when any unacknowledged regression was found
 */
public record PublishOutcome(ResultSummary summary, Result result, boolean stageWarning) {
}
