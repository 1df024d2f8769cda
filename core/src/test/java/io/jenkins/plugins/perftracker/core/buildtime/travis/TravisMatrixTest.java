package io.jenkins.plugins.perftracker.core.buildtime.travis;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.BuildMatrix;

import static org.assertj.core.api.Assertions.*;

/** {@code set_build_matrix()} key by key; summaries as python-lib's {@code test_get_build_matrix_*}. */
class TravisMatrixTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static BuildMatrix matrix(final String config) throws Exception {
        return TravisMatrix.of(JSON.readTree(config));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ghc|ghc", "jdk|jdk", "lein|lein", "mono|mono", "node_js|node_js", "otp_release|otp_release",
            "rvm|rvm", "gemfile|gemfile", "xcode_sdk|xcode_sdk", "xcode_scheme|xcode_scheme",
            "compiler|compiler", "os|os", "env|parameters"})
    void shouldTakeEachMatrixParameter(final String key, final String axis) throws Exception {
        assertThat(matrix("{\"" + key + "\": \"v1\", \"sudo\": false}").getAxes()).containsExactly(
                java.util.Map.entry(axis, "v1"));
    }

    @Test // test_get_build_matrix_no_lang
    void shouldSummariseWithoutLanguage() throws Exception {
        assertThat(matrix("{\"os\": \"osx\", \"compiler\": \"clang\"}").getSummary()).isEqualTo("clang osx");
    }

    @Test
    void shouldTakeTheLanguageVersionFromTheKeyNamedByTheLanguage() throws Exception {
        BuildMatrix ruby = matrix("{\"language\": \"ruby\", \"ruby\": 2.1, \"rvm\": \"2.1\"}");

        assertThat(ruby.getAxes()).containsEntry("language_version", "2.1").containsEntry("rvm", "2.1");
        assertThat(matrix("{\"language\": \"go\"}").getAxes()).containsOnlyKeys("language");
    }

    @Test // test_get_build_matrix_android
    void shouldJoinTheAndroidComponents() throws Exception {
        BuildMatrix android = matrix("{\"language\": \"android\", \"android\": {\"components\": "
                + "[\"android-20\", \"build-tools-21.1.2\"]}, \"os\": \"linux\"}");

        assertThat(android.getSummary()).isEqualTo("android android-20 build-tools-21.1.2 linux");
    }

    @Test // test_get_build_matrix_no_job_data / no_config_data
    void shouldBeEmptyWithoutAConfigObject() throws Exception {
        assertThat(matrix("null")).isSameAs(BuildMatrix.EMPTY);
        assertThat(matrix("[]")).isSameAs(BuildMatrix.EMPTY);
        assertThat(matrix("{}")).isSameAs(BuildMatrix.EMPTY);
    }

    @Test
    void shouldWriteNonScalarValuesAsJson() throws Exception {
        assertThat(matrix("{\"env\": [\"A=1\", \"B=2\"]}").getAxes()).containsEntry("parameters",
                "[\"A=1\",\"B=2\"]");
    }
}
