package io.jenkins.plugins.perftracker.core.travis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.travis.ImportQueue.Refusal;

import static org.assertj.core.api.Assertions.*;

class ImportQueueTest {
    private static final RepoSlug SLUG = new RepoSlug("buildtimetrend", "python-lib");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final TravisApiException DOWN = new TravisApiException("/build/1", 503, "unavailable");
    private static final TravisApiException GONE = new TravisApiException("/build/1", 404, "not_found");

    private final ImportQueue queue = new ImportQueue(3, new RetryPolicy(2, Duration.ofSeconds(60),
            Duration.ofSeconds(90)));

    @Test
    void shouldHandOutTasksWhenTheyAreDueEarliestFirst() {
        queue.offer(ImportTask.of(SLUG, 2, 0, T0.plusSeconds(20)));
        queue.offer(ImportTask.of(SLUG, 1, 0, T0.plusSeconds(10)));

        assertThat(queue.next(T0)).isEmpty();
        assertThat(queue.next(T0.plusSeconds(30))).get().extracting(ImportTask::buildNumber).isEqualTo(1);
        assertThat(queue.next(T0.plusSeconds(30))).get().extracting(ImportTask::buildNumber).isEqualTo(2);
        assertThat(queue.next(T0.plusSeconds(30))).as("both are running").isEmpty();
    }

    @Test
    void shouldRefuseBeyondItsCapacityAndTwiceTheSameBuild() {
        assertThat(queue.offer(ImportTask.of(SLUG, 1, 0, T0))).isEmpty();
        assertThat(queue.offer(ImportTask.of(new RepoSlug("BuildTimeTrend", "Python-Lib"), 1, 7, T0)))
                .contains(Refusal.ALREADY_QUEUED);
        queue.offer(ImportTask.of(SLUG, 2, 0, T0));
        queue.offer(ImportTask.of(SLUG, 3, 0, T0));

        assertThat(queue.offer(ImportTask.of(SLUG, 4, 0, T0))).contains(Refusal.FULL);
    }

    @Test
    void shouldKeepARunningTaskInTheSnapshotUntilItIsDone() {
        queue.offer(ImportTask.of(SLUG, 1, 0, T0));
        ImportTask running = queue.next(T0).orElseThrow();

        assertThat(queue.tasks()).hasSize(1);
        queue.done(running, "imported");
        assertThat(queue.tasks()).isEmpty();
        assertThat(queue.outcomes()).containsExactly("imported");
    }

    @Test
    void shouldBackOffOnFailuresThatMayPassAndGiveUpAfterTheRetries() {
        queue.offer(ImportTask.of(SLUG, 1, 0, T0));

        assertThat(queue.failed(queue.next(T0).orElseThrow(), DOWN, T0)).contains(T0.plusSeconds(60));
        assertThat(queue.next(T0.plusSeconds(59))).isEmpty();
        ImportTask second = queue.next(T0.plusSeconds(60)).orElseThrow();
        assertThat(second.attempts()).isEqualTo(1);
        assertThat(second.lastError()).contains("503");
        assertThat(queue.failed(second, DOWN, T0.plusSeconds(60))).contains(T0.plusSeconds(150));
        ImportTask third = queue.next(T0.plusSeconds(150)).orElseThrow();
        assertThat(queue.failed(third, DOWN, T0.plusSeconds(150))).isEmpty();

        assertThat(queue.tasks()).isEmpty();
        assertThat(queue.outcomes().get(0)).contains("not imported after 3 tries");
    }

    @Test
    void shouldNotRetryAFailureThatWillNotPass() {
        queue.offer(ImportTask.of(SLUG, 1, 0, T0));

        assertThat(queue.failed(queue.next(T0).orElseThrow(), GONE, T0)).isEmpty();
        assertThat(queue.tasks()).isEmpty();
    }

    @Test
    void shouldRememberABuildIdOnceLookedUp() {
        queue.offer(ImportTask.of(SLUG, 1, 0, T0));

        queue.identified(queue.next(T0).orElseThrow(), 4242);

        assertThat(queue.tasks()).extracting(ImportTask::buildId).containsExactly(4242L);
    }

    @Test
    void shouldRestoreSavedTasksUpToItsCapacity() {
        int dropped = queue.restore(List.of(ImportTask.of(SLUG, 1, 0, T0), ImportTask.of(SLUG, 2, 0, T0),
                ImportTask.of(SLUG, 3, 0, T0), ImportTask.of(SLUG, 4, 0, T0)));

        assertThat(dropped).isEqualTo(1);
        assertThat(queue.tasks()).extracting(ImportTask::buildNumber).containsExactly(1, 2, 3);
    }

    @Test
    void shouldKeepOnlyTheLatestOutcomes() {
        ImportQueue big = new ImportQueue(500, RetryPolicy.DEFAULTS);
        for (int i = 1; i <= ImportQueue.MAX_OUTCOMES + 5; i++) {
            big.offer(ImportTask.of(SLUG, i, 0, T0));
            big.done(big.next(T0).orElseThrow(), "done " + i);
        }

        assertThat(big.outcomes()).hasSize(ImportQueue.MAX_OUTCOMES).first().isEqualTo("done 105");
    }
}
