package io.jenkins.plugins.perftracker.core.regression;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A regression tag and its membership: the builds published with the tag (PerfTracker's
 * {@code regression_original}) and those a user excluded ({@code regression_linked} = NULL). A build can only be
 * put back into the tag it was published with. Immutable: every change returns a new tag.
 */
public final class RegressionTag implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final SortedSet<Integer> members;
    private final SortedSet<Integer> excluded;

    private RegressionTag(final String name, final SortedSet<Integer> members, final SortedSet<Integer> excluded) {
        this.name = Objects.requireNonNull(name, "name");
        this.members = Collections.unmodifiableSortedSet(new TreeSet<>(members));
        this.excluded = Collections.unmodifiableSortedSet(new TreeSet<>(excluded));
    }

    /** An empty tag. */
    public static RegressionTag named(final String name) {
        return new RegressionTag(name, new TreeSet<>(), new TreeSet<>());
    }

    /** The tag with every build that was published with it. */
    public static RegressionTag of(final String name, final Collection<BuildInfo> builds) {
        SortedSet<Integer> members = new TreeSet<>();
        builds.stream().filter(b -> b.regressionTag().equals(name)).forEach(b -> members.add(b.build()));
        return new RegressionTag(name, members, new TreeSet<>());
    }

    /** Adds a build published with this tag (attached at upload time). */
    public RegressionTag withBuild(final int build) {
        SortedSet<Integer> next = new TreeSet<>(members);
        next.add(build);
        return new RegressionTag(name, next, excluded);
    }

    /** Excludes a member from the tag's views; it stays a member and can be put back. */
    public RegressionTag exclude(final int build) {
        requireMember(build);
        SortedSet<Integer> next = new TreeSet<>(excluded);
        next.add(build);
        return new RegressionTag(name, members, next);
    }

    /** Puts an excluded member back. */
    public RegressionTag include(final int build) {
        requireMember(build);
        SortedSet<Integer> next = new TreeSet<>(excluded);
        next.remove(build);
        return new RegressionTag(name, members, next);
    }

    private void requireMember(final int build) {
        if (!members.contains(build)) {
            throw new IllegalArgumentException("build #" + build + " was not published with regression tag '" + name
                    + "'; its members are " + members);
        }
    }

    public String getName() {
        return name;
    }

    /** Whether the build counts in the tag's views (a member that is not excluded). */
    public boolean isLinked(final int build) {
        return members.contains(build) && !excluded.contains(build);
    }

    /** The builds published with the tag, excluded or not. */
    public SortedSet<Integer> getMembers() {
        return members;
    }

    public SortedSet<Integer> getExcluded() {
        return excluded;
    }

    /** The members that count, in build order. */
    public SortedSet<Integer> getLinked() {
        SortedSet<Integer> linked = new TreeSet<>(members);
        linked.removeAll(excluded);
        return Collections.unmodifiableSortedSet(linked);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof RegressionTag that && name.equals(that.name) && members.equals(that.members)
                && excluded.equals(that.excluded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, members, excluded);
    }

    @Override
    public String toString() {
        return "RegressionTag[" + name + ", members=" + members + ", excluded=" + excluded + "]";
    }
}
