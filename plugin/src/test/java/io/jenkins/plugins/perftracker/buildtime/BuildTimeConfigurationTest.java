package io.jenkins.plugins.perftracker.buildtime;

import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

/** The global switch and the median window: configuration as code, bounds, and the System page round trip. */
@WithJenkinsConfiguredWithCode
class BuildTimeConfigurationTest {
    @Test
    @ConfiguredWithCode("casc.yml")
    void shouldTakeTheSettingsFromConfigurationAsCode(final JenkinsConfiguredWithCodeRule j) throws Exception {
        BuildTimeConfiguration configuration = BuildTimeConfiguration.get();
        assertThat(configuration.isCollect()).isFalse();
        assertThat(configuration.getMedianBuilds()).isEqualTo(12);

        j.configRoundtrip();
        assertThat(BuildTimeConfiguration.get().isCollect()).isFalse();
        assertThat(BuildTimeConfiguration.get().getMedianBuilds()).isEqualTo(12);

        configuration.setMedianBuilds(0);
        assertThat(configuration.getMedianBuilds()).isEqualTo(BuildTimeConfiguration.DEFAULT_MEDIAN_BUILDS);
        configuration.setMedianBuilds(5000);
        assertThat(configuration.getMedianBuilds()).isEqualTo(1000);
    }
}
