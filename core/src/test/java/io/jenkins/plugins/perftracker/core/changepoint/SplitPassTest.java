package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions.Mode;

import static org.assertj.core.api.Assertions.*;

class SplitPassTest {
    @Test
    void shouldFindStepsInEveryWindow() {
        double[] values = new Noise(40).series(200, 60, 6);
        for (int i = 140; i < 200; i++) {
            values[i] -= 24; // a second step, back below the start
        }

        SplitPass.Result result = new SplitPass(ChangePointOptions.otava()).run(values, SplitPass.Resume.BEGINNING);

        assertThat(result.changePoints()).contains(60, 140).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void shouldResumeAtTheFirstWindowCutShortByTheEnd() {
        double[] values = new Noise(41).stationary(130);
        var pass = new SplitPass(ChangePointOptions.defaults().withWindow(50));

        SplitPass.Result result = pass.run(values, SplitPass.Resume.BEGINNING);

        // windows start at 0, 25, 50, 75 (complete: end ≤ 125) and 100 (cut short at 130) unless a change
        // point moved a start
        assertThat(result.resume().start()).isEqualTo(100);
        assertThat(result.resume().changePoints()).isEqualTo(result.changePoints());
    }

    @Test
    void shouldGiveTheSameResultResumedAsFromTheBeginning() {
        double[] values = new Noise(42).series(400, 230, 4);
        var pass = new SplitPass(ChangePointOptions.defaults().withMode(Mode.RANK).withWindow(30));

        for (int n = 100; n < 400; n += 37) {
            SplitPass.Resume resume = pass.run(Arrays.copyOf(values, n), SplitPass.Resume.BEGINNING).resume();

            assertThat(pass.run(values, resume).changePoints()).as("resumed at %d of %d", resume.start(), n)
                    .isEqualTo(pass.run(values, SplitPass.Resume.BEGINNING).changePoints());
        }
    }
}
