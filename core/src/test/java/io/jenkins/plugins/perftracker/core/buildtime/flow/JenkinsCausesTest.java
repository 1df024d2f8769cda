package io.jenkins.plugins.perftracker.core.buildtime.flow;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.Trigger;

import static org.assertj.core.api.Assertions.*;

class JenkinsCausesTest {
    @Test
    void shouldMapTheCausesOfCoreAndCommonPlugins() {
        assertThat(JenkinsCauses.trigger(List.of("hudson.triggers.SCMTrigger$SCMTriggerCause"), false))
                .isEqualTo(Trigger.PUSH);
        assertThat(JenkinsCauses.trigger(List.of("com.cloudbees.jenkins.GitHubPushCause"), false))
                .isEqualTo(Trigger.PUSH);
        assertThat(JenkinsCauses.trigger(List.of("jenkins.branch.BranchEventCause"), true))
                .isEqualTo(Trigger.PULL_REQUEST);
        assertThat(JenkinsCauses.trigger(List.of("hudson.triggers.TimerTrigger$TimerTriggerCause"), false))
                .isEqualTo(Trigger.TIMER);
        assertThat(JenkinsCauses.trigger(List.of("hudson.model.Cause$UserIdCause"), true)).isEqualTo(Trigger.USER);
        assertThat(JenkinsCauses.trigger(List.of("org.jenkinsci.plugins.workflow.cps.replay.ReplayCause"), false))
                .isEqualTo(Trigger.USER);
        assertThat(JenkinsCauses.trigger(List.of("hudson.model.Cause$UpstreamCause"), false))
                .isEqualTo(Trigger.UPSTREAM);
        assertThat(JenkinsCauses.trigger(List.of("org.jenkinsci.plugins.ghprb.GhprbCause"), false)).isNull();
    }

    @Test
    void shouldLetTheFirstKnownCauseWinAndFallBackToTheChangeRequest() {
        assertThat(JenkinsCauses.trigger(List.of("x.Unknown", "hudson.model.Cause$UpstreamCause",
                "hudson.model.Cause$UserIdCause"), false)).isEqualTo(Trigger.UPSTREAM);
        assertThat(JenkinsCauses.trigger(List.of(), true)).isEqualTo(Trigger.PULL_REQUEST);
        assertThat(JenkinsCauses.trigger(List.of(), false)).isNull();
    }
}
