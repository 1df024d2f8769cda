package io.jenkins.plugins.perftracker.farm;

import java.util.concurrent.TimeUnit;

import hudson.Extension;
import hudson.model.PeriodicWork;

/**
 * Every 30 seconds: ends locks of expiring types whose time is up (so an idle controller frees them too),
 * hands hosts freed in Lockable Resources to waiting pipelines, and drops history older than configured.
 */
@Extension
public class FarmSweep extends PeriodicWork {
    @Override
    public long getRecurrencePeriod() {
        return TimeUnit.SECONDS.toMillis(30);
    }

    @Override
    protected void doRun() {
        FarmService service = FarmService.get();
        if (service.isStarted()) {
            service.manager().expire();
            service.manager().pruneHistory();
        }
    }
}
