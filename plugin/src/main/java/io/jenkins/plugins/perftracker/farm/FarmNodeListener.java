package io.jenkins.plugins.perftracker.farm;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Node;
import jenkins.model.NodeListener;

/** An agent added, reconfigured (its farm property) or removed changes the farm's hosts. */
@Extension
public class FarmNodeListener extends NodeListener {
    @Override
    protected void onCreated(@NonNull final Node node) {
        FarmService.get().agentsChanged();
    }

    @Override
    protected void onUpdated(@NonNull final Node oldOne, @NonNull final Node newOne) {
        FarmService.get().agentsChanged();
    }

    @Override
    protected void onDeleted(@NonNull final Node node) {
        FarmService.get().agentsChanged();
    }
}
