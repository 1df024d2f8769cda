package io.jenkins.plugins.perftracker.core.regression;

/**
 * The head of a regression view: how many builds count, the first and the last (by time) and the time range.
 *
 * @param tag        the tag's name
 * @param builds     the number of linked builds
 * @param excluded   the number of excluded builds
 * @param firstBuild the earliest linked build, 0 when there is none
 * @param lastBuild  the latest linked build, 0 when there is none
 * @param firstTime  its time (epoch milliseconds), 0 when there is none
 * @param lastTime   the latest build's time, 0 when there is none
 */
public record TagSummary(String tag, int builds, int excluded, int firstBuild, int lastBuild, long firstTime,
        long lastTime) {
    /** The time range in milliseconds. */
    public long durationMillis() {
        return lastTime - firstTime;
    }
}
