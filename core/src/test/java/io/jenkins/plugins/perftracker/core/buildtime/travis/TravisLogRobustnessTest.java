package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

import static org.assertj.core.api.Assertions.*;

/** Hostile and shuffled marker lines never break the parser, and whatever it keeps is well formed. */
class TravisLogRobustnessTest {
    private static final String E = "\r\u001b[0K";

    @Provide
    Arbitrary<String> logs() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("travis_fold:start:install.1" + E, "travis_fold:end:install.1" + E,
                        "travis_fold:end:install.2" + E, "travis_time:start:ab" + E, "travis_time:start:cd" + E,
                        "travis_time:end:ab:start=10,finish=30,duration=20" + E,
                        "travis_time:end:cd:start=5,finish=6,duration=1" + E, "$ make\r", "$ \r",
                        "travis_time:end:ab:start=99999999999999999999999,finish=1,duration=1" + E,
                        "Using worker: h:os", "Using worker: :", "plain output"),
                Arbitraries.strings().ofMaxLength(40));
        return line.list().ofMaxSize(40).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 300)
    void shouldKeepOnlyWellFormedSubstages(@ForAll("logs") final String log) throws Exception {
        TravisLog parsed = TravisLogParser.parse(new StringReader(log), Path.of("fuzz.log"),
                TravisLogParserTest.STARTED, TravisBuildConfig.of(java.util.Map.of("script", List.of("make"))));

        for (StageTiming stage : parsed.getStages()) {
            assertThat(stage.getDuration().isNegative()).isFalse();
            assertThat(stage.getChildren()).isEmpty();
            assertThat(stage.getName()).isIn("", "install.1", "script.1");
        }
        if (parsed.getWorker() != null) {
            assertThat(parsed.getWorker().getHostname()).isNotBlank();
        }
    }

    @Test
    void shouldReadTheSameStagesWhenTheReaderDeliversOneCharacterAtATime() throws Exception {
        String log = "travis_fold:start:install.1" + E + "travis_time:start:ab" + E + "$ make\r\n"
                + "travis_time:end:ab:start=10,finish=30,duration=20" + E + "travis_fold:end:install.1" + E + "\n";
        Reader trickle = new Reader() {
            private int position;

            @Override
            public int read(final char[] buffer, final int offset, final int length) {
                if (position >= log.length()) {
                    return -1;
                }
                buffer[offset] = log.charAt(position++);
                return 1;
            }

            @Override
            public void close() {
                // nothing to release
            }
        };

        TravisLog parsed = TravisLogParser.parse(trickle, Path.of("slow.log"), TravisLogParserTest.STARTED,
                TravisBuildConfig.NONE);

        assertThat(parsed.getStages()).extracting(StageTiming::getName).containsExactly("install.1");
        assertThat(parsed.getStages().get(0).getDuration().toNanos()).isEqualTo(20);
    }
}
