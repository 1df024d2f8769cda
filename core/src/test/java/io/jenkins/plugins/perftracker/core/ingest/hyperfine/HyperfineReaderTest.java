package io.jenkins.plugins.perftracker.core.ingest.hyperfine;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.AbstractReaderTest;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;

import static org.assertj.core.api.Assertions.*;

class HyperfineReaderTest extends AbstractReaderTest {
    private static final String SLEEP = "/ingest/hyperfine/hyperfine-sleep.json";
    private static final String PARAMS = "/ingest/hyperfine/hyperfine-params-failure.json";

    @Override
    protected ResultReader createReader() {
        return new HyperfineReader();
    }

    @Override
    protected List<String> sampleFiles() {
        return List.of(SLEEP, PARAMS);
    }

    @Test
    void shouldTakeTimesAsSamplesInSecondsPerCommand() throws Exception {
        PerfRun run = read(SLEEP);

        PerfTest test = test(run, "sleep 0.01", "");
        assertThat(test.getUnit()).isEqualTo("s");
        assertThat(test.isLessIsBetter()).isTrue();
        assertThat(test.getScores()).hasSize(8).startsWith(0.010581409, 0.01060849);
        assertThat(test.getStatus()).isEqualTo(Status.SUCCESS);
        assertThat(test.getAttribs()).containsEntry("mean", "0.010679498125000002");
        assertThat(test.getCmdline()).isEqualTo("sleep 0.01");
        assertThat(run.getTests()).hasSize(2);
    }

    @Test
    void shouldFailCommandsWithNonZeroExitCodesAndMapParameters() throws Exception {
        PerfRun run = read(PARAMS);

        PerfTest ok = test(run, "sleep 0.01; exit $((1 - 1))", "n=1");
        assertThat(ok.getStatus()).isEqualTo(Status.SUCCESS);
        PerfTest failed = test(run, "sleep 0.02; exit $((2 - 1))", "n=2");
        assertThat(failed.getStatus()).isEqualTo(Status.FAILED);
        assertThat(failed.getErrors().getTexts()).containsExactly("exit code 1 in 5 of 5 runs");
        assertThat(failed.getScores()).hasSize(5).startsWith(0.021002357620000002);
    }

    @Test
    void shouldCountSignalsAndKeepPeakMemoryAsItsOwnTest() throws Exception {
        PerfRun run = readText("mem.json", """
                {"results": [{"command": "make", "times": [1.5, 1.25, 1.75], "exit_codes": [0, null, 2],
                  "memory_usage_byte": [1048576, 2097152, 1048576]}]}""");

        PerfTest time = test(run, "make", "");
        assertThat(time.getErrors().getTexts()).containsExactly("killed by a signal in 1 of 3 runs",
                "exit code 2 in 1 of 3 runs");
        PerfTest memory = test(run, "make (peak memory)", "");
        assertThat(memory.getUnit()).isEqualTo("B");
        assertThat(memory.getScores()).containsExactly(1048576, 2097152, 1048576);
        assertThat(memory.getStatus()).isEqualTo(Status.SUCCESS);
    }

    @Test
    void shouldShortenAHugeCommandAndDropNaNTimes() throws Exception {
        String command = "echo " + "x".repeat(600);
        PerfRun run = readText("long.json", "{\"results\": [{\"command\": \"" + command
                + "\", \"times\": [0.5, NaN, 1e999]}]}");

        PerfTest test = run.getTests().get(0);
        assertThat(test.getTag()).hasSize(512).endsWith("…");
        assertThat(test.getCmdline()).isEqualTo(command);
        assertThat(test.getScores()).containsExactly(0.5);
        assertThat(test.getWarnings().getTexts()).hasSize(2);
    }

    @Test
    void shouldReadAnEmptyResultListAsARunWithoutTests() throws Exception {
        assertThat(readText("none.json", "{\"results\": []}").getTests()).isEmpty();
    }

    @Test
    void shouldNameTheFieldThatIsWrong() throws Exception {
        assertThat(failure("notimes.json", "{\"results\": [{\"command\": \"ls\"}]}").getLocation())
                .isEqualTo("$.results[0].times");
        assertThat(failure("nocommand.json", "{\"results\": [{\"times\": [1]}]}").getLocation())
                .isEqualTo("$.results[0].command");
        assertThat(failure("noresults.json", "{\"command\": \"ls\"}").getLocation()).isEqualTo("$.results");
        assertThat(failure("code.json", "{\"results\": [{\"command\": \"ls\", \"times\": [1], "
                + "\"exit_codes\": [\"boom\"]}]}").getLocation()).isEqualTo("$.results[0].exit_codes[0]");
    }
}
