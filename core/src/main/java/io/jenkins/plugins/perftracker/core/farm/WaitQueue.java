package io.jenkins.plugins.perftracker.core.farm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pipelines waiting for a host, oldest first, and the fair choice among them: walking the queue in order,
 * each earlier waiter claims the first free host it matches, and a request may only take a free host that no
 * earlier waiter claimed. So a host that becomes free goes to the oldest waiter that wants it, and a newcomer
 * (or {@code tryAcquire}) never overtakes a waiter. Not thread-safe: used under the manager's lock.
 */
final class WaitQueue {
    private final List<Waiter> waiting = new ArrayList<>();

    /** One waiting request; identity matters. */
    static final class Waiter {
        private final HostSelector selector;

        Waiter(final HostSelector selector) {
            this.selector = selector;
        }
    }

    Waiter enqueue(final HostSelector selector) {
        Waiter waiter = new Waiter(selector);
        waiting.add(waiter);
        return waiter;
    }

    void remove(final Waiter waiter) {
        waiting.remove(waiter);
    }

    int size() {
        return waiting.size();
    }

    /** The host {@code waiter} may take now; a waiter that is not queued counts as the newest. */
    Optional<String> pick(final Waiter waiter, final FarmState state) {
        List<FarmHost> free = new ArrayList<>(state.hostsInOrder());
        free.removeIf(h -> !state.isFree(h.getName()));
        for (Waiter earlier : waiting) {
            if (earlier == waiter) {
                break;
            }
            free.stream().filter(earlier.selector::matches).findFirst().ifPresent(free::remove);
        }
        return free.stream().filter(waiter.selector::matches).findFirst().map(FarmHost::getName);
    }
}
