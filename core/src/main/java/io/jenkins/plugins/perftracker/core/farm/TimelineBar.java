package io.jenkins.plugins.perftracker.core.farm;

/**
 * One lock drawn on one host's row. Times are epoch milliseconds; {@code open} marks a lock without an end,
 * drawn to its planned end or, once that has passed, to now + 1 day. Text is raw: the page escapes it.
 */
public final class TimelineBar {
    private final String host;
    private final long lockId;
    private final String title;
    private final String owner;
    private final String type;
    private final String background;
    private final String foreground;
    private final long begin;
    private final long end;
    private final boolean open;
    private final boolean manual;
    private final String hint;

    TimelineBar(final String host, final FarmLock lock, final LockType type, final long end, final String hint) {
        this.host = host;
        this.lockId = lock.getId();
        this.title = lock.getTitle();
        this.owner = lock.getOwner();
        this.type = lock.getType();
        this.background = type.getBackground();
        this.foreground = type.getForeground();
        this.begin = lock.getBegin().toEpochMilli();
        this.end = end;
        this.open = lock.getEnd().isEmpty();
        this.manual = lock.isManual();
        this.hint = hint;
    }

    public String getHost() {
        return host;
    }

    public long getLockId() {
        return lockId;
    }

    public String getTitle() {
        return title;
    }

    public String getOwner() {
        return owner;
    }

    public String getType() {
        return type;
    }

    public String getBackground() {
        return background;
    }

    public String getForeground() {
        return foreground;
    }

    public long getBegin() {
        return begin;
    }

    public long getEnd() {
        return end;
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isManual() {
        return manual;
    }

    /** "title (owner) | begin - end", PerfTracker's hover text. */
    public String getHint() {
        return hint;
    }
}
