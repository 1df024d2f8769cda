package io.jenkins.plugins.perftracker.buildtime;

import java.util.Collection;
import java.util.List;

import com.cloudbees.hudson.plugins.folder.AbstractFolder;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import jenkins.model.TransientActionFactory;

/** The {@code buildtimes} dashboard on every job and every folder (multibranch projects included). */
public final class BuildTimeActionFactories {
    private BuildTimeActionFactories() {
    }

    /** Jobs; not matrix cells, whose records their project shows. Creates no I/O: it runs on every render. */
    @Extension
    public static class ForJob extends TransientActionFactory<Job> {
        @Override
        public Class<Job> type() {
            return Job.class;
        }

        @Override
        public Class<? extends Action> actionType() {
            return BuildTimeJobAction.class;
        }

        @NonNull
        @Override
        public Collection<? extends Action> createFor(@NonNull final Job target) {
            return target.getParent() instanceof Job ? List.of() : List.of(new BuildTimeJobAction(target));
        }
    }

    /** Folders and multibranch projects. */
    @Extension
    public static class ForFolder extends TransientActionFactory<AbstractFolder> {
        @Override
        public Class<AbstractFolder> type() {
            return AbstractFolder.class;
        }

        @Override
        public Class<? extends Action> actionType() {
            return BuildTimeFolderAction.class;
        }

        @NonNull
        @Override
        public Collection<? extends Action> createFor(@NonNull final AbstractFolder target) {
            return List.of(new BuildTimeFolderAction(target));
        }
    }
}
