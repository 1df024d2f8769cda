package io.jenkins.plugins.perftracker.core.store;

import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.*;

/** Any valid run survives the trip through XML unchanged: text of any character, numbers of any size. */
class RunRecordPropertiesTest {
    private final RunRecordCodec codec = new RunRecordCodec();

    @Property(tries = 300)
    void shouldRoundTripAnyTest(@ForAll("text") final String tag, @ForAll("text") final String group,
            @ForAll("text") final String text, @ForAll("finite") final double[] scores,
            @ForAll("finite") final double[] deviations, @ForAll final Status status,
            @ForAll @IntRange(min = 0) final int seqNum, @ForAll @LongRange(min = 0) final long loops,
            @ForAll @Size(max = 4) final List<@From("text") String> errors,
            @ForAll @Size(max = 4) final Map<@From("text") String, @From("text") String> attribs,
            @ForAll final boolean lessIsBetter) throws Exception {
        PerfTest test = PerfTest.builder("t" + tag).group(group).category(text).description(text).unit(text)
                .lessIsBetter(lessIsBetter).scores(status == Status.SUCCESS && scores.length == 0 ? new double[] {1}
                        : scores).deviations(deviations).status(status).seqNum(seqNum).loops(loops)
                .errors(Messages.of(errors)).warnings(Messages.count("warnings", seqNum % 5)).attribs(attribs)
                .links(attribs).build();
        PerfRun run = PerfRun.builder().title(group).author(text).attributes(attribs).artifacts(errors)
                .envNodes(List.of(EnvNode.builder("n" + tag).params(text).links(attribs).build()))
                .addTest(test).build();

        assertThat(roundTrip(run)).isEqualTo(run);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFD')
                .ofMaxLength(100);
    }

    @Provide
    Arbitrary<double[]> finite() {
        return Arbitraries.doubles().between(-Double.MAX_VALUE, Double.MAX_VALUE).withSpecialValue(-0.0)
                .withSpecialValue(Double.MIN_VALUE).array(double[].class).ofMaxSize(20);
    }

    private PerfRun roundTrip(final PerfRun run) throws Exception {
        byte[] xml = codec.toXml(run).getBytes(StandardCharsets.UTF_8);
        return codec.read(new ByteArrayInputStream(xml), Path.of("memory.xml"));
    }
}
