package io.jenkins.plugins.perftracker.farm;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import hudson.Extension;
import hudson.model.Computer;
import hudson.model.Node;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import hudson.slaves.ComputerListener;

import io.jenkins.plugins.perftracker.core.farm.HostFacts;

/** When a farm host's agent comes online, its hardware is read (PerfTracker's scan_info) and shown on the farm. */
@Extension
public class FarmComputerListener extends ComputerListener {
    @Override
    public void onOnline(final Computer computer, final TaskListener listener) throws IOException,
            InterruptedException {
        Node node = computer.getNode();
        VirtualChannel channel = computer.getChannel();
        if (node == null || channel == null || node.getNodeProperty(FarmHostProperty.class) == null) {
            return;
        }
        try {
            Map<String, String> raw = channel.call(new HardwareScan());
            FarmService.get().recordFacts(FarmService.hostName(node), HostFacts.parse(raw, Instant.now()));
        }
        catch (IOException | RuntimeException e) {
            listener.getLogger().println("perftracker: could not read the hardware of " + node.getNodeName() + ": "
                    + e.getMessage());
        }
    }
}
