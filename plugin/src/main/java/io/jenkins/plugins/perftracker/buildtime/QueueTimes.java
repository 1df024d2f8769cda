package io.jenkins.plugins.perftracker.buildtime;

import java.util.LinkedHashMap;
import java.util.Map;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.Queue;
import hudson.model.queue.QueueListener;

/**
 * When each build entered the queue, which Jenkins core does not keep on the build: remembered as the queue
 * item leaves the queue, keyed by its id ({@code Run.getQueueId()}), and looked up when the build is recorded.
 * Bounded (the oldest go first); a build that outlives 10,000 later queue items, or a restart, falls back to
 * its scheduled time.
 */
@Extension
public class QueueTimes extends QueueListener {
    private static final int MAX_ENTRIES = 10_000;
    private final Map<Long, Long> entered = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(final Map.Entry<Long, Long> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    @Override
    public void onLeft(final Queue.LeftItem li) {
        if (!li.isCancelled()) {
            synchronized (entered) {
                entered.put(li.getId(), li.getInQueueSince());
            }
        }
    }

    /** When the queue item {@code queueId} entered the queue, or {@code -1} when unknown. */
    static long enteredAt(final long queueId) {
        ExtensionList<QueueTimes> times = ExtensionList.lookup(QueueTimes.class);
        return times.isEmpty() ? -1 : times.get(0).lookUp(queueId);
    }

    private long lookUp(final long queueId) {
        synchronized (entered) {
            Long since = entered.get(queueId);
            return since == null ? -1 : since;
        }
    }
}
