package io.jenkins.plugins.perftracker.core.view;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NaturalOrderTest {
    @Test
    void shouldCountLikePeople() {
        List<String> names = new ArrayList<>(List.of("login 16 clients", "login 2 clients", "login 1 clients",
                "login 8 clients", "login 4 clients", "build-10.json", "build-9.json", "build-09.json", "a", "B"));

        names.sort(NaturalOrder.INSTANCE);

        assertThat(names).containsExactly("B", "a", "build-09.json", "build-9.json", "build-10.json",
                "login 1 clients", "login 2 clients", "login 4 clients", "login 8 clients", "login 16 clients");
    }

    @Test
    void shouldBeATotalOrder() {
        assertThat(NaturalOrder.INSTANCE.compare("x01", "x1")).isNotZero().isEqualTo(
                -NaturalOrder.INSTANCE.compare("x1", "x01"));
        assertThat(NaturalOrder.INSTANCE.compare("x99999999999999999999", "x100000000000000000000")).isNegative();
        assertThat(NaturalOrder.INSTANCE.compare("same", "same")).isZero();
    }
}
