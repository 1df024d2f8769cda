package io.jenkins.plugins.perftracker.core.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

/**
 * Issue 12: a run that arrives from an agent over remoting (Java serialization) is validated again on the
 * controller. The forged objects here hold values the builders refuse, set behind their back by reflection, as a
 * hostile agent could write them into the stream.
 */
class ReadResolveTest {
    @Test
    void shouldRefuseATestWithANonFiniteScore() throws Exception {
        PerfTest test = PerfTest.builder("t").scores(1).build();
        set(test, "scores", new double[] {Double.NaN});

        assertThatThrownBy(() -> roundTrip(test)).isInstanceOf(InvalidObjectException.class)
                .hasMessageContaining("scores[0]: a finite number expected but was NaN");
    }

    @Test
    void shouldRefuseATestWithoutATagOrWithANegativeLoopCount() throws Exception {
        PerfTest noTag = PerfTest.builder("t").scores(1).build();
        set(noTag, "tag", null);
        PerfTest negative = PerfTest.builder("t").scores(1).build();
        set(negative, "loops", -5L);

        assertThatThrownBy(() -> roundTrip(noTag)).isInstanceOf(InvalidObjectException.class).hasMessageContaining("tag");
        assertThatThrownBy(() -> roundTrip(negative)).hasMessageContaining("loops: must not be negative");
    }

    @Test
    void shouldRefuseARunWhoseTestIsForgedAndAnEnvNodeWithNegativeCpus() throws Exception {
        PerfTest test = PerfTest.builder("t").scores(1).build();
        set(test, "durationSec", Double.POSITIVE_INFINITY);
        PerfRun run = PerfRun.builder().addTest(test).build();
        EnvNode node = EnvNode.builder("host").build();
        set(node, "cpus", -1);

        assertThatThrownBy(() -> roundTrip(run)).isInstanceOf(InvalidObjectException.class)
                .hasMessageContaining("duration_sec");
        assertThatThrownBy(() -> roundTrip(node)).hasMessageContaining("env_node.cpus");
    }

    @Test
    void shouldRefuseMessagesWhoseCountDisagreesWithTheirTexts() throws Exception {
        Messages messages = Messages.of(List.of("a", "b"));
        set(messages, "count", 7);

        assertThatThrownBy(() -> roundTrip(messages)).isInstanceOf(InvalidObjectException.class);
    }

    @Test
    void shouldCleanControlCharactersThatArriveOverRemoting() throws Exception {
        PerfTest test = PerfTest.builder("t").scores(1).build();
        set(test, "tag", "a\u0000b\u0007c");
        PerfRun run = PerfRun.builder().title("x").addTest(test).build();

        PerfRun received = (PerfRun) roundTrip(run);

        assertThat(received.getTests().get(0).getTag()).isEqualTo("abc");
    }

    @Test
    void shouldKeepAValidRunAsItWas() throws Exception {
        PerfRun run = PerfRun.builder().title("ok").envNodes(List.of(EnvNode.builder("h").cpus(8).build()))
                .addTest(PerfTest.builder("t").group("g").scores(1, 2).errors(Messages.of(List.of("e")))
                        .status(Status.FAILED).build()).build();

        assertThat(roundTrip(run)).isEqualTo(run);
    }

    @Test
    void shouldKeepTestsThatShareOneAttributeMapAsTheyWere() throws Exception {
        Map<String, String> attribs = Map.of("procs", "8");
        PerfRun run = PerfRun.builder().title("shared")
                .addTest(PerfTest.builder("a").scores(1).attribs(attribs).build()).addTest(PerfTest.builder("b").scores(2).attribs(attribs).build()).build();

        PerfRun received = (PerfRun) roundTrip(run);

        assertThat(received).isEqualTo(run);
        assertThat(received.getTests().get(1).getAttribs()).containsExactly(Map.entry("procs", "8"));
    }

    private static void set(final Object target, final String field, final Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static Object roundTrip(final Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
