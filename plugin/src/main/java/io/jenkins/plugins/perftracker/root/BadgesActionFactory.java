package io.jenkins.plugins.perftracker.root;

import java.util.Collection;
import java.util.List;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import jenkins.model.TransientActionFactory;

/** Adds the "Badges" page to every job, as embeddable-build-status' {@code JobBadgeActionFactory} does. */
@Extension
public class BadgesActionFactory extends TransientActionFactory<Job> {
    @Override
    public Class<Job> type() {
        return Job.class;
    }

    @Override
    public Class<? extends Action> actionType() {
        return BadgesJobAction.class;
    }

    @NonNull
    @Override
    public Collection<? extends Action> createFor(@NonNull final Job target) {
        return List.of(new BadgesJobAction(target));
    }
}
