package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FarmHostBuilderTest {
    @Test
    void shouldPutEverySetterIntoItsField() {
        FarmHost host = Farms.fullHost();

        assertThat(host.getName()).isEqualTo("s1");
        assertThat(host.getHostname()).isEqualTo("s1.perfteam.example.com");
        assertThat(host.getIp()).isEqualTo("10.0.0.1");
        assertThat(host.getPurpose()).isEqualTo("db perf");
        assertThat(host.getLocation()).isEqualTo("4-2-1-15");
        assertThat(host.getInventoryId()).isEqualTo("INV-0042");
        assertThat(host.getNotes()).isEqualTo("BIOS 2.3 <b>do not update</b>");
        assertThat(host.getDescription()).isEqualTo("Two-socket database box & spare");
        assertThat(host.getOrder()).isEqualTo(3);
        assertThat(host.isHidden()).isFalse();
        assertThat(host.getProjects()).containsExactly("dbperf");
        assertThat(host.getLinks()).containsOnlyKeys("dashboard", "ipmi");
        assertThat(host.getSshCredentialsId()).isEqualTo("lab-ssh");
        assertThat(host.getIpmiCredentialsId()).isEqualTo("lab-ipmi");
        assertThat(host.getHardware().getVendor()).isEqualTo("HP");
        assertThat(host).hasToString("s1 (db perf)");
    }

    @Test
    void shouldCopyCollectionsSoLaterChangesDoNotLeakIn() {
        List<String> labels = new ArrayList<>(List.of("x86"));
        FarmHost host = FarmHost.builder("s1").labels(labels).build();

        labels.add("arm");

        assertThat(host.getLabels()).containsExactly("x86");
        assertThatThrownBy(() -> host.getLabels().add("gpu")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> host.getLinks().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldChangeOnlyWhatTheCopiedBuilderChanges() {
        FarmHost host = Farms.fullHost();

        FarmHost hidden = host.toBuilder().hidden(true).build();

        assertThat(hidden.isHidden()).isTrue();
        assertThat(hidden.toBuilder().hidden(false).build()).isEqualTo(host);
        assertThat(host.toBuilder().links(Map.of()).build().getLinks()).isEmpty();
    }

    @Test
    void shouldRefuseMissingCollectionsAndHardware() {
        assertThatThrownBy(() -> FarmHost.builder("s1").labels(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("labels");
        assertThatThrownBy(() -> FarmHost.builder("s1").hardware(null)).hasMessage("hardware");
        assertThatThrownBy(() -> FarmHost.builder(null).build()).hasMessage("name: must not be empty");
    }

    @Test
    void shouldBoundEveryTextField() {
        assertThatThrownBy(() -> FarmHost.builder("s".repeat(65)).build()).hasMessageStartingWith("name: at most 64");
        assertThatThrownBy(() -> FarmHost.builder("s1").purpose("p".repeat(129)).build())
                .hasMessageStartingWith("purpose: at most 128");
        assertThatThrownBy(() -> FarmHost.builder("s1").location("l".repeat(129)).build())
                .hasMessageStartingWith("location: at most 128");
        assertThatThrownBy(() -> FarmHost.builder("s1").inventoryId("i".repeat(65)).build())
                .hasMessageStartingWith("inventoryId: at most 64");
        assertThatThrownBy(() -> FarmHost.builder("s1").description("d".repeat(4097)).build())
                .hasMessageStartingWith("description: at most 4096");
        assertThatThrownBy(() -> FarmHost.builder("s1").hostname("h".repeat(129)).build())
                .hasMessageStartingWith("hostname: at most 128");
        assertThatThrownBy(() -> FarmHost.builder("s1").ip("10.0.0.1; rm").build()).hasMessageStartingWith("ip:");
        assertThatThrownBy(() -> FarmHost.builder("s1").ipmiCredentialsId("a b").build())
                .hasMessageStartingWith("ipmiCredentialsId:");
        assertThatThrownBy(() -> FarmHost.builder("s1").projects(List.of("db perf")).build())
                .hasMessageStartingWith("projects:");
    }
}
