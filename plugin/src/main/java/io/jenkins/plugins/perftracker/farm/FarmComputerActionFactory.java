package io.jenkins.plugins.perftracker.farm;

import java.util.Collection;
import java.util.List;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.Computer;
import hudson.model.Node;
import hudson.model.TransientComputerActionFactory;

/** A link to the farm in the side panel of every agent that is a farm host (its lock shows in the summary). */
@Extension
public class FarmComputerActionFactory extends TransientComputerActionFactory {
    @Override
    public Collection<? extends Action> createFor(final Computer target) {
        Node node = target.getNode();
        if (node == null || node.getNodeProperty(FarmHostProperty.class) == null) {
            return List.of();
        }
        return List.of(new FarmLink());
    }

    /** The side-panel link to {@code /perftracker/farm}. */
    public static final class FarmLink implements Action {
        @Override
        public String getIconFileName() {
            return "symbol-lock-closed-outline plugin-ionicons-api";
        }

        @Override
        public String getDisplayName() {
            return Messages.FarmPage_displayName();
        }

        @Override
        public String getUrlName() {
            return "/perftracker/farm";
        }
    }
}
