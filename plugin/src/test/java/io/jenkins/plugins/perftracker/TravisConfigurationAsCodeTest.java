package io.jenkins.plugins.perftracker;

import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.root.travis.TravisConfiguration;

import static org.assertj.core.api.Assertions.*;

/** The Travis settings as configuration as code, with the token as a credential and limits enforced. */
@WithJenkinsConfiguredWithCode
class TravisConfigurationAsCodeTest {
    @Test
    @ConfiguredWithCode("travis-casc.yml")
    void shouldReadTheTravisSettingsFromConfigurationAsCode(final JenkinsConfiguredWithCodeRule j) {
        TravisConfiguration config = TravisConfiguration.get();

        assertThat(config.getApiUrl()).isEqualTo("https://travis.example.com/api");
        assertThat(config.getCredentialsId()).isEqualTo("travis-token");
        assertThat(config.getAllowedRepos()).contains("buildtimetrend/*", "=other/one");
        assertThat(config.getDeniedRepos()).isEqualTo("secret");
        assertThat(config.isAllowUnsigned()).isTrue();
        assertThat(config.getDataDetail()).isEqualTo("minimal");
        assertThat(config.getMaxBuilds()).as("Buildtime Trend's cap").isEqualTo(100);
        assertThat(config.getQueueCapacity()).isEqualTo(50);
        assertThat(j.jenkins.getRootDir().toPath().resolve(
                "io.jenkins.plugins.perftracker.root.travis.TravisConfiguration.xml")).content()
                .as("the token stays in the credential").doesNotContain("s3cret");
    }
}
