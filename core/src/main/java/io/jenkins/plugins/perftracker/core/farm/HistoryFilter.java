package io.jenkins.plugins.perftracker.core.farm;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Applies a {@link HistoryPolicy} while a farm file streams in: active locks are all kept, ended locks only
 * within the age and the newest {@code maxEndedLocks} of them, so memory stays bounded by the policy and not
 * by the file. Counts what it dropped, so the caller can say so.
 */
final class HistoryFilter {
    static final String KEY = HistoryFilter.class.getName();

    private final HistoryPolicy policy;
    private final Instant now;
    private final List<FarmLock> active = new ArrayList<>();
    private final Deque<FarmLock> ended = new ArrayDeque<>();
    private int dropped;

    HistoryFilter(final HistoryPolicy policy, final Instant now) {
        this.policy = policy;
        this.now = now;
    }

    void add(final FarmLock lock) {
        if (lock.isActiveAt(now)) {
            active.add(lock);
        }
        else if (policy.isExpired(lock, now)) {
            dropped++;
        }
        else {
            ended.addLast(lock); // the file lists locks by id, so the first is the oldest
            if (ended.size() > policy.getMaxEndedLocks()) {
                ended.removeFirst();
                dropped++;
            }
        }
    }

    List<FarmLock> kept() {
        List<FarmLock> all = new ArrayList<>(active);
        all.addAll(ended);
        return all;
    }

    int dropped() {
        return dropped;
    }
}
