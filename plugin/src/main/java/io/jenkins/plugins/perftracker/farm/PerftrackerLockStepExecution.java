package io.jenkins.plugins.perftracker.farm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.steps.AbstractStepExecutionImpl;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.StepContext;

import io.jenkins.plugins.perftracker.core.farm.FarmLock;
import io.jenkins.plugins.perftracker.core.farm.FarmLockManager;
import io.jenkins.plugins.perftracker.core.farm.HostDemand;
import io.jenkins.plugins.perftracker.core.farm.LockRequest;
import io.jenkins.plugins.perftracker.core.farm.PlannedDuration;
import io.jenkins.plugins.perftracker.core.farm.WaitTicket;

/**
 * Waits in the farm's FIFO queue with no thread (start() returns false; the farm calls back when it is this
 * pipeline's turn), runs the body with {@code PERFTRACKER_HOSTS}, and releases at the end of the block, on
 * failure and on abort. Only plain fields are saved with the pipeline: after a restart a waiting step queues
 * again at its original place, a holding step keeps its lock (the farm file kept it).
 */
public class PerftrackerLockStepExecution extends AbstractStepExecutionImpl {
    private static final long serialVersionUID = 1L;

    private final ArrayList<String> hosts;
    private final String label;
    private final int quantity;
    private final String type;
    private final String title;
    private final int plannedHours;
    private final boolean skipIfLocked;
    private Instant queuedAt;
    private volatile long lockId; // 0 while waiting
    private transient volatile WaitTicket ticket;
    private transient volatile boolean stopped;

    PerftrackerLockStepExecution(final PerftrackerLockStep step, final StepContext context) {
        super(context);
        hosts = new ArrayList<>(step.getHosts());
        label = step.getLabel();
        quantity = step.getQuantity();
        type = step.getType();
        title = step.getTitle();
        plannedHours = PlannedDuration.hours(step.getDuration());
        skipIfLocked = step.isSkipIfLocked();
    }

    @Override
    public boolean start() throws Exception {
        FarmLockManager farm = FarmService.get().manager();
        Run<?, ?> run = getContext().get(Run.class);
        HostDemand demand = HostDemand.from(hosts, label, quantity);
        LockRequest request = LockRequest.automatic(title.isEmpty() ? run.getFullDisplayName() : title, "Jenkins")
                .withType(lockType()).withPlannedHours(plannedHours);
        if (skipIfLocked) {
            Optional<FarmLock> taken = farm.tryLock(demand, request);
            if (taken.isEmpty()) {
                log("perftrackerLock: " + demand.describe() + " is not free; skipping the block");
                getContext().onSuccess(null);
                return true;
            }
            granted(taken.get());
            return false;
        }
        queuedAt = Instant.now();
        enqueue(farm, demand, request);
        return false;
    }

    private void enqueue(final FarmLockManager farm, final HostDemand demand, final LockRequest request) {
        WaitTicket queued = farm.enqueue(demand, request, queuedAt, this::granted);
        ticket = queued;
        if (lockId == 0) {
            log("perftrackerLock: waiting for " + demand.describe() + " (place " + queued.position() + " in the queue)");
        }
    }

    /** The farm's callback: the hosts are ours; run the body. Never throws into the farm. */
    private void granted(final FarmLock lock) {
        if (stopped) { // aborted while the grant was on its way: never run the body, give the hosts back
            ReleaseFarmLock.release(lock.getId());
            return;
        }
        lockId = lock.getId();
        try {
            Run<?, ?> run = getContext().get(Run.class);
            FarmService.get().registerHolder(lockId, run.getExternalizableId());
            getContext().saveState();
            log("perftrackerLock: locked " + String.join(", ", lock.getHosts()) + " (" + lock.describe() + ")");
            getContext().newBodyInvoker()
                    .withContext(EnvironmentExpander.merge(getContext().get(EnvironmentExpander.class),
                            new FarmHostsEnvironment(lock.getHosts())))
                    .withCallback(new ReleaseFarmLock(lockId)).start();
        }
        catch (Exception e) { // the pipeline is gone or broken: give the hosts back
            ReleaseFarmLock.release(lockId);
            getContext().onFailure(e);
        }
    }

    private String lockType() {
        if (!type.isEmpty()) {
            return type;
        }
        boolean autotest = FarmConfiguration.get().getLockTypes().stream()
                .anyMatch(t -> PerftrackerLockStep.AUTOTEST.equals(t.getName()));
        return autotest ? PerftrackerLockStep.AUTOTEST : io.jenkins.plugins.perftracker.core.farm.LockType.DEFAULT
                .getName();
    }

    /** Abort while waiting leaves the queue; abort while holding releases (the body's callback does too). */
    @Override
    public void stop(@NonNull final Throwable cause) throws Exception {
        stopped = true;
        WaitTicket queued = ticket;
        if (queued != null) {
            queued.cancel();
        }
        if (lockId != 0) {
            ReleaseFarmLock.release(lockId);
        }
        getContext().onFailure(cause);
    }

    /** After a restart: a waiting step queues again at its original place; a holding one tells the queue. */
    @Override
    public void onResume() {
        try {
            Run<?, ?> run = getContext().get(Run.class);
            if (lockId != 0) {
                FarmService.get().registerHolder(lockId, run.getExternalizableId());
                return;
            }
            if (queuedAt != null) {
                LockRequest request = LockRequest.automatic(title.isEmpty() ? run.getFullDisplayName() : title,
                        "Jenkins").withType(lockType()).withPlannedHours(plannedHours);
                enqueue(FarmService.get().manager(), HostDemand.from(hosts, label, quantity), request);
            }
        }
        catch (Exception e) {
            getContext().onFailure(e);
        }
    }

    @Override
    public String getStatus() {
        WaitTicket queued = ticket;
        if (lockId != 0) {
            return "holding farm lock #" + lockId;
        }
        return queued == null ? "not queued" : "waiting for " + queued.getDemand().describe() + ", place "
                + queued.position();
    }

    private void log(final String message) {
        try {
            getContext().get(TaskListener.class).getLogger().println(message);
        }
        catch (Exception e) {
            FarmService.log("perftrackerLock: " + message, e);
        }
    }
}
