package io.jenkins.plugins.perftracker.core.travis;

import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class CachingKeySourceTest {
    private static final Duration TTL = Duration.ofHours(1);
    private static final Duration MIN_REFRESH = Duration.ofMinutes(1);

    private final MutableClock clock = new MutableClock();
    private final ScriptedSource origin = new ScriptedSource();
    private final CachingKeySource cache = new CachingKeySource(origin, TTL, MIN_REFRESH, clock);

    @Test
    void shouldFetchOnceWithinTheTimeToLive() throws Exception {
        origin.next(RsaKeys.travis().getPublic());

        assertThat(cache.currentKey()).isEqualTo(RsaKeys.travis().getPublic());
        clock.advance(TTL.minusSeconds(1));
        assertThat(cache.currentKey()).isEqualTo(RsaKeys.travis().getPublic());
        assertThat(origin.fetches).isEqualTo(1);
    }

    @Test
    void shouldFetchAgainAfterTheTimeToLive() throws Exception {
        origin.next(RsaKeys.travis().getPublic());
        origin.next(RsaKeys.stranger().getPublic());
        cache.currentKey();

        clock.advance(TTL);

        assertThat(cache.currentKey()).isEqualTo(RsaKeys.stranger().getPublic());
        assertThat(origin.fetches).isEqualTo(2);
    }

    @Test
    void shouldServeTheOldKeyWhenARefreshFailsAndRetryOnlyAfterTheMinimumInterval() throws Exception {
        origin.next(RsaKeys.travis().getPublic());
        cache.currentKey();
        clock.advance(TTL);
        origin.fail();

        assertThat(cache.currentKey()).isEqualTo(RsaKeys.travis().getPublic());
        assertThat(cache.currentKey()).isEqualTo(RsaKeys.travis().getPublic());
        assertThat(origin.fetches).isEqualTo(2);

        origin.next(RsaKeys.stranger().getPublic());
        clock.advance(MIN_REFRESH);
        assertThat(cache.currentKey()).isEqualTo(RsaKeys.stranger().getPublic());
        assertThat(origin.fetches).isEqualTo(3);
    }

    @Test
    void shouldFailWithoutAnyKeyAndTryAgainNextTime() throws Exception {
        origin.fail();

        assertThatExceptionOfType(KeyUnavailableException.class).isThrownBy(cache::currentKey);
        origin.next(RsaKeys.travis().getPublic());
        assertThat(cache.currentKey()).isEqualTo(RsaKeys.travis().getPublic());
    }

    @Test
    void shouldRefetchEarlyOnInvalidateButNotMoreOftenThanTheMinimumInterval() throws Exception {
        origin.next(RsaKeys.travis().getPublic());
        origin.next(RsaKeys.stranger().getPublic());
        cache.currentKey();

        cache.invalidate();
        assertThat(cache.currentKey()).as("too soon after the fetch").isEqualTo(RsaKeys.travis().getPublic());
        clock.advance(MIN_REFRESH);
        cache.invalidate();

        assertThat(cache.currentKey()).isEqualTo(RsaKeys.stranger().getPublic());
        assertThat(origin.fetches).isEqualTo(2);
    }

    /** A key source answering from a script: keys, or failures. */
    private static final class ScriptedSource implements PublicKeySource {
        private final Deque<PublicKey> answers = new ArrayDeque<>();
        private boolean failing;
        private int fetches;

        void next(final PublicKey key) {
            failing = false;
            answers.add(key);
        }

        void fail() {
            failing = true;
        }

        @Override
        public PublicKey currentKey() throws KeyUnavailableException {
            fetches++;
            if (failing || answers.isEmpty()) {
                throw new KeyUnavailableException("origin down");
            }
            return answers.poll();
        }
    }
}
