package io.jenkins.plugins.perftracker.farm;

import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.farm.FarmHost;
import io.jenkins.plugins.perftracker.core.farm.LockType;

import static org.assertj.core.api.Assertions.*;

/** The farm configured as code ({@code unclassified: perftrackerFarm:}) reaches the running farm. */
@WithJenkinsConfiguredWithCode
class FarmCascTest {
    @Test
    @ConfiguredWithCode("farm-casc.yaml")
    void shouldConfigureLockTypesHistoryAndHostsThatAreNotAgents(final JenkinsConfiguredWithCodeRule j) {
        FarmConfiguration config = FarmConfiguration.get();
        assertThat(config.getHistoryDays()).isEqualTo(30);
        assertThat(config.getLockTypes()).extracting(LockTypeEntry::getName)
                .containsExactly("Default lock type", "Autotest", "Maintenance");

        LockType maintenance = FarmService.get().manager().snapshot().lockType("Maintenance");
        assertThat(maintenance.isOutOfService()).isTrue();
        assertThat(maintenance.isExpiring()).isTrue();
        FarmHost db1 = FarmService.get().manager().host("db1").orElseThrow();
        assertThat(db1.getSshCredentialsId()).isEqualTo("lab-ssh");
        assertThat(db1.getLabels()).containsExactlyInAnyOrder("db", "x86");
    }
}
