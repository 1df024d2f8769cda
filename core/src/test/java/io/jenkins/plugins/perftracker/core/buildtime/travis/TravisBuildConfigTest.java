package io.jenkins.plugins.perftracker.core.buildtime.travis;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

/** Naming substages from the build config, as python-lib's {@code test_get_substage_name}. */
class TravisBuildConfigTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldNameByTheFirstListHoldingTheCommandInConfigOrder() throws Exception {
        TravisBuildConfig config = TravisBuildConfig.fromJson(JSON.readTree(
                "{\"language\": \"python\", \"install\": [\"pip install x\", \"make\"],"
                        + " \"script\": [\"make\", \"make test\"], \"addons\": {\"apt\": [\"make\"]}}"));

        assertThat(config.substageName("make")).isEqualTo("install.2");
        assertThat(config.substageName("make test")).isEqualTo("script.2");
        assertThat(config.substageName("pip install x")).isEqualTo("install.1");
        assertThat(config.substageName("apt")).isEmpty();
        assertThat(config.substageName("python")).isEmpty();
    }

    @Test
    void shouldMatchNonTextItemsByTheirJson() throws Exception {
        TravisBuildConfig config = TravisBuildConfig.fromJson(JSON.readTree("{\"script\": [1, {\"a\": 2}]}"));

        assertThat(config.substageName("1")).isEqualTo("script.1");
        assertThat(config.substageName("{\"a\":2}")).isEqualTo("script.2");
    }

    @Test
    void shouldNameNothingWithoutAConfig() throws Exception {
        assertThat(TravisBuildConfig.fromJson(null).substageName("make")).isEmpty();
        assertThat(TravisBuildConfig.fromJson(JSON.readTree("[\"make\"]")).substageName("make")).isEmpty();
        assertThat(TravisBuildConfig.fromJson(JSON.readTree("{}")).substageName("make")).isEmpty();
        assertThat(TravisBuildConfig.NONE.substageName("")).isEmpty();
    }
}
