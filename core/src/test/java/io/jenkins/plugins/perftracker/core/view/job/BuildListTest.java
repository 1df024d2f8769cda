package io.jenkins.plugins.perftracker.core.view.job;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class BuildListTest {
    @Test
    void shouldPageWithoutLookingPastThePage() {
        CountingRows rows = new CountingRows(1000);

        BuildList page = BuildList.page(rows, "", 20, 10);

        assertThat(page.rows()).extracting(BuildRow::build).containsExactly(980, 979, 978, 977, 976, 975, 974, 973,
                972, 971);
        assertThat(rows.taken).isEqualTo(30);
        assertThat(page.complete()).isFalse();
    }

    @Test
    void shouldSearchTitlesAndVersionsAndCountEveryMatch() {
        BuildList page = BuildList.page(new CountingRows(100), "RC", 0, 5);

        assertThat(page.recordsFiltered()).isEqualTo(10); // builds 10, 20, … 100 are release candidates
        assertThat(page.rows()).extracting(BuildRow::build).containsExactly(100, 90, 80, 70, 60);
        assertThat(page.complete()).isTrue();
        assertThat(BuildList.page(new CountingRows(100), "42", 0, 5).rows()).extracting(BuildRow::build)
                .containsExactly(42);
    }

    /** Builds n..1, newest first; every tenth is "2.0-rc". */
    private static final class CountingRows implements Iterator<BuildRow> {
        private int next;
        private int taken;

        CountingRows(final int newest) {
            next = newest;
        }

        @Override
        public boolean hasNext() {
            return next > 0;
        }

        @Override
        public BuildRow next() {
            taken++;
            int b = next--;
            return new BuildRow(b, b + "/", "", "host", "app", b % 10 == 0 ? "2.0-rc" : "2.0." + b, "nightly " + b,
                    "1", 60, 5, 0, 2, 0, "PASSED");
        }
    }
}
