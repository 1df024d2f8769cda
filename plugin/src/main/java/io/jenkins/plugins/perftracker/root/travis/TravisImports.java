package io.jenkins.plugins.perftracker.root.travis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.AsyncPeriodicWork;
import hudson.model.TaskListener;
import jenkins.model.Jenkins;

import io.jenkins.plugins.perftracker.core.buildtime.travis.TravisBuildImport;
import io.jenkins.plugins.perftracker.core.buildtime.travis.TravisBuilds;
import io.jenkins.plugins.perftracker.core.travis.ImportQueue;
import io.jenkins.plugins.perftracker.core.travis.ImportQueueFile;
import io.jenkins.plugins.perftracker.core.travis.ImportTask;
import io.jenkins.plugins.perftracker.core.travis.RetryPolicy;
import io.jenkins.plugins.perftracker.core.travis.TravisApiClient;
import io.jenkins.plugins.perftracker.core.travis.TravisApiException;
import io.jenkins.plugins.perftracker.root.BuildTimeSource;

/**
 * Imports queued Travis builds in the background, one at a time, every few seconds: the engine's queue decides
 * what is due and how failures back off; the queue is saved to {@code $JENKINS_HOME/perftracker-travis/
 * import-queue.json} after every change, so builds accepted before a restart are imported after it.
 */
@Extension
public class TravisImports extends AsyncPeriodicWork {
    private static final Logger LOGGER = Logger.getLogger(TravisImports.class.getName());
    /** One run stops taking new tasks after this long, so the next run's log starts fresh. */
    private static final long RUN_BUDGET_MILLIS = TimeUnit.MINUTES.toMillis(4);

    private final Object lock = new Object();
    private ImportQueue queue; // guarded by lock, loaded on first use

    public TravisImports() {
        super("perftracker Travis import");
    }

    public static TravisImports get() {
        return ExtensionList.lookupSingleton(TravisImports.class);
    }

    @Override
    public long getRecurrencePeriod() {
        return TimeUnit.SECONDS.toMillis(5);
    }

    /** Queues a build and saves the queue; empty when queued, else why not. */
    public Optional<ImportQueue.Refusal> schedule(final ImportTask task) throws IOException {
        ImportQueue current = queue();
        Optional<ImportQueue.Refusal> refusal = current.offer(task);
        if (refusal.isEmpty()) {
            save(current);
        }
        return refusal;
    }

    /** The queue, for the status page. */
    public ImportQueue queue() throws IOException {
        synchronized (lock) {
            if (queue == null) {
                queue = new ImportQueue(TravisConfiguration.get().getQueueCapacity(), RetryPolicy.DEFAULTS);
                ImportQueueFile.Loaded saved = ImportQueueFile.load(file());
                saved.problems().forEach(p -> LOGGER.warning("perftracker: skipped a saved Travis import: " + p));
                int dropped = queue.restore(saved.tasks());
                if (dropped > 0) {
                    LOGGER.warning("perftracker: " + dropped + " saved Travis imports exceed the queue capacity");
                }
            }
            return queue;
        }
    }

    @Override
    protected void execute(final TaskListener listener) throws IOException, InterruptedException {
        ImportQueue current = queue();
        long deadline = System.currentTimeMillis() + RUN_BUDGET_MILLIS;
        for (Optional<ImportTask> task = current.next(Instant.now()); task.isPresent()
                && System.currentTimeMillis() < deadline; task = current.next(Instant.now())) {
            run(current, task.get(), listener);
            save(current);
        }
    }

    private void run(final ImportQueue current, final ImportTask task, final TaskListener listener)
            throws InterruptedException {
        TravisConfiguration config = TravisConfiguration.get();
        TravisApiClient client = TravisApiClient.create(config.apiSettings());
        try {
            long id = task.buildId() > 0 ? task.buildId() : locate(client, task);
            current.identified(task, id);
            TravisBuildImport.Result result = new TravisBuildImport(client, "full".equals(config.getDataDetail()))
                    .importBuild(task.slug(), id);
            BuildTimeSource.get().store(task.slug(), result.records());
            String outcome = "Build #" + task.buildNumber() + " of " + task.slug() + ": " + result.records().size()
                    + " jobs imported" + (result.problems().isEmpty() ? "" : "; left out: " + result.problems());
            listener.getLogger().println(outcome);
            current.done(task, outcome);
        } catch (TravisApiException e) {
            listener.getLogger().println("Build #" + task.buildNumber() + " of " + task.slug() + ": " + e.getMessage());
            current.failed(task, e, Instant.now());
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "perftracker: cannot store Travis build " + task.key(), e);
            current.failed(task, new TravisApiException("storage", 0, "cannot store the records: " + e), Instant.now());
        }
    }

    private static long locate(final TravisApiClient client, final ImportTask task)
            throws TravisApiException, InterruptedException {
        Map<Integer, Long> ids = TravisBuilds.locate(client, task.slug(), Set.of(task.buildNumber()));
        Long id = ids.get(task.buildNumber());
        if (id == null) {
            throw new TravisApiException("/repo/" + task.slug() + "/builds", 404, "no build #" + task.buildNumber());
        }
        return id;
    }

    /** Under the lock: the webhook and the worker save from different threads through one temporary file. */
    private void save(final ImportQueue current) throws IOException {
        synchronized (lock) {
            List<ImportTask> tasks = current.tasks();
            ImportQueueFile.save(file(), tasks);
        }
    }

    /** Where the Travis data lives: {@code $JENKINS_HOME/perftracker-travis}. */
    static Path home() {
        return Jenkins.get().getRootDir().toPath().resolve("perftracker-travis");
    }

    private static Path file() {
        return home().resolve("import-queue.json");
    }
}
