package io.jenkins.plugins.perftracker.core.buildtime.flow;

import java.util.List;
import java.util.Locale;

import io.jenkins.plugins.perftracker.core.buildtime.Trigger;

/**
 * What started a Jenkins build, from the class names of its causes (the plugin passes
 * {@code cause.getClass().getName()}; the classes live in plugins perftracker does not depend on). The first
 * cause that says something wins, as the first cause is the one Jenkins shows.
 */
public final class JenkinsCauses {
    private JenkinsCauses() {
    }

    /**
     * The trigger of a build.
     *
     * @param causeClassNames the build's causes, first first
     * @param changeRequest whether the build's branch is a pull/merge request (a multibranch change request head)
     * @return the trigger, or {@code null} when no cause is known
     */
    public static Trigger trigger(final List<String> causeClassNames, final boolean changeRequest) {
        for (String name : causeClassNames) {
            Trigger trigger = of(name, changeRequest);
            if (trigger != null) {
                return trigger;
            }
        }
        return changeRequest ? Trigger.PULL_REQUEST : null;
    }

    static Trigger of(final String className, final boolean changeRequest) {
        String simple = className.substring(className.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (simple.contains("pullrequest") || simple.contains("mergerequest") || simple.contains("changerequest")) {
            return Trigger.PULL_REQUEST;
        }
        if (simple.contains("timer") || simple.contains("cron") || simple.contains("periodic")) {
            return Trigger.TIMER;
        }
        if (simple.contains("upstream")) {
            return Trigger.UPSTREAM;
        }
        if (simple.contains("user") || simple.contains("remotecause") || simple.contains("clicause")
                || simple.contains("replay") || simple.contains("rebuild")) {
            return Trigger.USER;
        }
        if (simple.contains("scm") || simple.contains("push") || simple.contains("webhook")
                || simple.contains("branchevent") || simple.contains("branchindexing")) {
            // a multibranch event or indexing build of a pull request is the request's, not a push
            return changeRequest ? Trigger.PULL_REQUEST : Trigger.PUSH;
        }
        return null;
    }
}
