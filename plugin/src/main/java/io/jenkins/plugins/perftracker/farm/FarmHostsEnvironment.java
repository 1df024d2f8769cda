package io.jenkins.plugins.perftracker.farm;

import java.util.ArrayList;
import java.util.List;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;

/**
 * Inside {@code perftrackerLock}: {@code PERFTRACKER_HOSTS} is the locked host names joined by {@code ||} (a
 * label expression, so {@code node(env.PERFTRACKER_HOSTS)} runs on a locked host; one host is just its name),
 * and {@code PERFTRACKER_HOST0}, {@code PERFTRACKER_HOST1}, … name each host.
 */
final class FarmHostsEnvironment extends EnvironmentExpander {
    private static final long serialVersionUID = 1L;
    private final ArrayList<String> hosts;

    FarmHostsEnvironment(final List<String> hosts) {
        this.hosts = new ArrayList<>(hosts);
    }

    @Override
    public void expand(@NonNull final EnvVars env) {
        env.override("PERFTRACKER_HOSTS", String.join("||", hosts));
        for (int i = 0; i < hosts.size(); i++) {
            env.override("PERFTRACKER_HOST" + i, hosts.get(i));
        }
    }
}
