package io.jenkins.plugins.perftracker.core.changepoint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class DetectionStateTest {
    @Test
    void shouldDescribeWhatWasAnalysed() {
        double[] values = new Noise(30).series(180, 90, 5);

        DetectionState state = new ChangePointDetector().analyse(values);

        assertThat(state.getLength()).isEqualTo(180);
        assertThat(state.getOptions()).isEqualTo(ChangePointOptions.defaults());
        assertThat(state.getChangePoints()).extracting(ChangePoint::index).containsExactly(90);
        assertThat(state.getWeakChangePoints()).extracting(ChangePoint::index).contains(90);
        assertThat(state.toString()).contains("length=180", "index=90");
    }

    @Test
    void shouldNotLetCallersChangeItsLists() {
        DetectionState state = new ChangePointDetector().analyse(new Noise(31).series(100, 50, 6));

        assertThatThrownBy(() -> state.getChangePoints().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> state.getWeakChangePoints().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldSurviveSerialisationAndStillUpdateIncrementally() throws IOException, ClassNotFoundException {
        double[] values = new Noise(32).series(300, 200, 3);
        var detector = new ChangePointDetector();
        DetectionState state = detector.analyse(Arrays.copyOf(values, 299));

        DetectionState copy = roundTrip(state);

        assertThat(copy.getChangePoints()).isEqualTo(state.getChangePoints());
        assertThat(detector.update(copy, values).getChangePoints()).isEqualTo(detector.detect(values));
    }

    private static DetectionState roundTrip(final DetectionState state) throws IOException, ClassNotFoundException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (DetectionState) in.readObject();
        }
    }
}
