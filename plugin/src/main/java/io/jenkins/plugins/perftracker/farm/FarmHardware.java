package io.jenkins.plugins.perftracker.farm;

import java.util.Map;

import hudson.model.Node;

import io.jenkins.plugins.perftracker.core.model.EnvNode;

/**
 * The lookup the publish code calls to record the hardware of the agent that produced results into the run's
 * environment: "hostname", "cpu.model", "cpu.count", "memory.gb", "os", "kernel" (empty when the agent is not
 * a farm host or has not reported yet).
 */
public final class FarmHardware {
    private FarmHardware() {
    }

    /** The measured hardware of the node's host as environment entries, in a stable order. */
    public static Map<String, String> environmentOf(final Node node) {
        return environmentOf(FarmService.hostName(node));
    }

    /**
     * The host node of results published from a node: the agent's own collected node, with the farm's
     * measurements when the node is a farm host that has reported them.
     */
    public static EnvNode describe(final Node node, final EnvNode collected) {
        return FarmService.get().facts(FarmService.hostName(node)).map(f -> f.describe(collected)).orElse(collected);
    }

    /** The same by agent name. */
    public static Map<String, String> environmentOf(final String agentName) {
        return FarmService.get().facts(agentName).map(f -> f.toEnvironment()).orElse(Map.of());
    }
}
