package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostHardwareTest {
    @Test
    void shouldKeepInventoryFiguresAndTexts() {
        HostHardware hw = Farms.fullHost().getHardware();

        assertThat(hw.getVendor()).isEqualTo("HP");
        assertThat(hw.getModel()).isEqualTo("Proliant DL380");
        assertThat(hw.getOs()).isEqualTo("ESXi");
        assertThat(hw.getNumaNodes()).isEqualTo(2);
        assertThat(hw.getCpuInfo()).isEqualTo("16 (2Sx4Cx2T) @ 2.5GHz, Intel E5450 v2");
        assertThat(hw.getRamGb()).isEqualTo(32);
        assertThat(hw.getRamInfo()).isEqualTo("32G (1333 GHz)");
        assertThat(hw.getNetworkGbps()).isEqualTo(10);
        assertThat(hw.getNetworkInfo()).isEqualTo("10GBit X710-DA2");
        assertThat(hw.getStorageInfo()).isEqualTo("RAID0, 4x SATA 7200rpm");
        assertThat(hw).hasToString("HP Proliant DL380 (16 CPUs, 32.0 GB)");
    }

    @Test
    void shouldCompareByValue() {
        HostHardware a = HostHardware.builder().cpus(1, 8, "").ram(16, "").build();
        HostHardware b = HostHardware.builder().cpus(1, 8, "").ram(16, "").build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(HostHardware.UNKNOWN);
        assertThat(HostHardware.builder().cpus(1, 8, "").ram(16, "").network(1, "").build()).isNotEqualTo(a);
    }

    @Test
    void shouldKnowNothingByDefault() {
        assertThat(HostHardware.UNKNOWN.getCpus()).isZero();
        assertThat(HostHardware.UNKNOWN.getStorageTb()).isZero();
        assertThat(HostHardware.UNKNOWN.getVendor()).isEmpty();
    }

    @Test
    void shouldBoundFreeText() {
        assertThatThrownBy(() -> HostHardware.builder().vendorModelOs("v".repeat(129), "", "").build())
                .hasMessage("vendor: at most 128 characters expected but was 129");
        assertThatThrownBy(() -> HostHardware.builder().cpus(-1, 1, "").build())
                .hasMessage("numaNodes: must not be negative but was -1");
        assertThatThrownBy(() -> HostHardware.builder().network(-1, "").build())
                .hasMessageStartingWith("networkGbps:");
    }
}
