package io.jenkins.plugins.perftracker.farm;

import java.io.File;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.model.Node;
import jenkins.model.Jenkins;

import io.jenkins.plugins.perftracker.core.farm.FarmLockManager;
import io.jenkins.plugins.perftracker.core.farm.HostFacts;

/**
 * The controller's one farm: the engine's manager restored from {@code $JENKINS_HOME/perftracker-farm.xml},
 * with its listeners (saving, agents taken offline, Lockable Resources) and the agents' hardware facts. Started
 * once Jenkins has loaded its agents and jobs, so resumed pipelines find their locks.
 */
@Extension
public class FarmService {
    static final String FILE_NAME = "perftracker-farm.xml";
    private static final Logger LOGGER = Logger.getLogger(FarmService.class.getName());

    private final Map<String, HostFacts> facts = new ConcurrentHashMap<>();
    private final Map<Long, String> holders = new ConcurrentHashMap<>(); // lock id → run holding it
    private volatile FarmLockManager manager;

    public static FarmService get() {
        return ExtensionList.lookupSingleton(FarmService.class);
    }

    @Initializer(after = InitMilestone.JOB_CONFIG_ADAPTED)
    public static void start() {
        get().manager();
    }

    /** The farm, restored from its file on first use. */
    public FarmLockManager manager() {
        FarmLockManager m = manager;
        if (m == null) {
            synchronized (this) {
                if (manager == null) {
                    manager = open();
                }
                m = manager;
            }
        }
        return m;
    }

    private FarmLockManager open() {
        FarmConfiguration config = FarmConfiguration.get();
        FarmFile file = new FarmFile(new File(Jenkins.get().getRootDir(), FILE_NAME));
        FarmLockManager farm = file.load(Clock.systemUTC(), config.historyPolicy());
        farm.addListener(file);
        farm.addListener(new OutOfServiceAgents(farm));
        LockableResourcesSupport.connect(farm);
        FarmInventory.sync(farm, config, facts);
        return farm;
    }

    /** Whether the farm has been loaded (the queue does not load it from its own lock). */
    boolean isStarted() {
        return manager != null;
    }

    /** Lock types, history or hosts that are not agents changed in the configuration. */
    void configurationChanged() {
        if (manager != null) {
            FarmInventory.sync(manager, FarmConfiguration.get(), facts);
        }
    }

    /** An agent was added, changed or removed. */
    void agentsChanged() {
        configurationChanged();
    }

    /** The agent reported its hardware (see {@link HardwareScan}). */
    void recordFacts(final String host, final HostFacts measured) {
        facts.put(host, measured);
        agentsChanged();
    }

    Optional<HostFacts> facts(final String host) {
        return Optional.ofNullable(facts.get(host));
    }

    /** Remembers which run holds a lock, so the queue lets that run (and only it) onto the hosts. */
    void registerHolder(final long lockId, final String runId) {
        holders.put(lockId, runId);
    }

    void forgetHolder(final long lockId) {
        holders.remove(lockId);
    }

    @CheckForNull
    String holder(final long lockId) {
        return holders.get(lockId);
    }

    /** The farm host name of a node: its name, "built-in" for the controller. */
    static String hostName(final Node node) {
        return node.getNodeName().isEmpty() ? "built-in" : node.getNodeName();
    }

    static void log(final String message, final Throwable e) {
        LOGGER.log(Level.WARNING, message, e);
    }
}
