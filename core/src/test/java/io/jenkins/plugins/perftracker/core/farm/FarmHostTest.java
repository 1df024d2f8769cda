package io.jenkins.plugins.perftracker.core.farm;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FarmHostTest {
    @Test
    void shouldKeepEveryFieldAndRebuildEqualFromItsBuilder() {
        FarmHost host = Farms.fullHost();

        assertThat(host.toBuilder().build()).isEqualTo(host).hasSameHashCodeAs(host);
        assertThat(host.getLabels()).containsExactly("numa", "x86");
        assertThat(host.getLinks()).containsEntry("ipmi", "https://10.0.1.1/");
        assertThat(host.getHardware().getCpus()).isEqualTo(16);
        assertThat(host.getHardware().getStorageTb()).isEqualTo(3.2);
        assertThat(host.toBuilder().order(4).build()).isNotEqualTo(host);
    }

    @Test
    void shouldShowNameAndPurposeLikePerfTracker() {
        assertThat(Farms.host("s1", "db perf").displayName()).isEqualTo("s1 (db perf)");
        assertThat(Farms.host("s2", "").displayName()).isEqualTo("s2");
    }

    @Test
    void shouldCountTheOwnNameAsALabel() {
        FarmHost host = Farms.host("s1", "perf", "x86");

        assertThat(host.hasLabel("s1")).isTrue();
        assertThat(host.hasLabel("x86")).isTrue();
        assertThat(host.hasLabel("arm")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,<script>", "ftp://files.example.com/",
            "/relative/path", "https://"})
    void shouldRefuseLinksThatAreNotAbsoluteHttp(final String url) {
        assertThatThrownBy(() -> FarmHost.builder("s1").links(Map.of("dashboard", url)).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("links.dashboard").hasMessageContaining("http(s) URL");
    }

    @Test
    void shouldRefuseACredentialsFieldThatLooksLikeAPasswordPhrase() {
        assertThatThrownBy(() -> FarmHost.builder("s1").sshCredentialsId("root secret pass").build())
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).getField()).isEqualTo("sshCredentialsId"));
    }

    @Test
    void shouldRefuseNamesWithBlanksOrMarkupAndOverlongText() {
        assertThatThrownBy(() -> FarmHost.builder("s 1").build()).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> FarmHost.builder("<b>").build()).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> FarmHost.builder(" ").build()).hasMessage("name: must not be empty");
        assertThatThrownBy(() -> FarmHost.builder("s1").notes("n".repeat(513)).build())
                .hasMessage("notes: at most 512 characters expected but was 513");
        assertThatThrownBy(() -> FarmHost.builder("s1").labels(List.of("a b")).build())
                .hasMessageStartingWith("labels:");
    }

    @Test
    void shouldRefuseNegativeOrInfiniteHardwareFigures() {
        assertThatThrownBy(() -> HostHardware.builder().cpus(1, -4, "").build()).hasMessageStartingWith("cpus:");
        assertThatThrownBy(() -> HostHardware.builder().ram(Double.NaN, "").build()).hasMessageStartingWith("ramGb:");
        assertThatThrownBy(() -> HostHardware.builder().storage(Double.POSITIVE_INFINITY, "").build())
                .hasMessageStartingWith("storageTb:");
    }

    @Test
    void shouldTrimTextAndDefaultToPerfTrackersOrder() {
        FarmHost host = FarmHost.builder("  s1 ").purpose(" perf ").build();

        assertThat(host.getName()).isEqualTo("s1");
        assertThat(host.getPurpose()).isEqualTo("perf");
        assertThat(host.getOrder()).isEqualTo(10);
        assertThat(host.getHardware()).isEqualTo(HostHardware.UNKNOWN);
    }
}
