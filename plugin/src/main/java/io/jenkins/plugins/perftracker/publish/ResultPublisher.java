package io.jenkins.plugins.perftracker.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import hudson.AbortException;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Computer;
import hudson.model.Node;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import jenkins.util.BuildListenerAdapter;

import io.jenkins.plugins.perftracker.config.PerftrackerConfiguration;
import io.jenkins.plugins.perftracker.core.ingest.FileGlob;
import io.jenkins.plugins.perftracker.core.ingest.IngestProblem;
import io.jenkins.plugins.perftracker.core.ingest.perftracker.PerfTrackerEnvNodes;
import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.publish.ChangePoints;
import io.jenkins.plugins.perftracker.core.publish.Publication;
import io.jenkins.plugins.perftracker.core.publish.PublishPolicy;
import io.jenkins.plugins.perftracker.core.publish.RunOverrides;
import io.jenkins.plugins.perftracker.core.publish.VerdictJson;
import io.jenkins.plugins.perftracker.core.publish.VerdictMail;
import io.jenkins.plugins.perftracker.core.verdict.Baseline;
import io.jenkins.plugins.perftracker.core.verdict.BaselineKind;
import io.jenkins.plugins.perftracker.core.verdict.Verdict;
import io.jenkins.plugins.perftracker.core.verdict.VerdictOptions;
import io.jenkins.plugins.perftracker.farm.FarmHardware;
import io.jenkins.plugins.perftracker.job.JobAcknowledgements;
import io.jenkins.plugins.perftracker.job.SeriesIndexes;
import io.jenkins.plugins.perftracker.model.PerfBuildAction;
import io.jenkins.plugins.perftracker.model.ResultSummary;
import io.jenkins.plugins.perftracker.model.RunRecords;
import io.jenkins.plugins.perftracker.steps.PublishOptions;

/**
 * One publish call, shared by the Pipeline step and the freestyle recorder: read on the agent, apply the step's
 * values, judge against the job's index, store the record and the verdict, attach the action, index the build.
 * Every decision is the engine's; this class moves values between Jenkins and it.
 */
public final class ResultPublisher {
    private final Run<?, ?> build;
    private final TaskListener listener;

    public ResultPublisher(final Run<?, ?> build, final TaskListener listener) {
        this.build = build;
        this.listener = listener;
    }

    public PublishOutcome publish(final FilePath workspace, final Launcher launcher, final PublishOptions options)
            throws IOException, InterruptedException {
        refuseOutsideTheWorkspace("results", options.getResults());
        refuseOutsideTheWorkspace("artifacts", options.getArtifacts());
        ReadResultsOnAgent.AgentResults read = workspace.act(
                new ReadResultsOnAgent(options.getResults(), options.getFormat(), options.getArtifacts()));
        report(read.ingest().problems(), read.ingest().filesRead());
        if (read.ingest().filesRead() == 0 && !options.isAllowEmptyResults()) {
            throw new AbortException("[perftracker] no result files matched '" + options.getResults() + "'");
        }
        archive(workspace, launcher, read.artifacts());
        PerfRun run = overrides(options, read.artifacts()).applyTo(read.ingest().run());
        if (run.getEnvNodes().isEmpty()) {
            run = run.toBuilder().envNodes(List.of(host(workspace, read.agent()))).build();
        }
        return record(run, options);
    }

    /** A pattern that leaves the workspace fails the step with the engine's message, before any agent reads. */
    private static void refuseOutsideTheWorkspace(final String option, final String patterns) throws AbortException {
        if (patterns == null || patterns.isBlank()) {
            return; // an empty results pattern is reported after the read, with allowEmptyResults in mind
        }
        try {
            new FileGlob(patterns);
        }
        catch (IllegalArgumentException e) {
            throw new AbortException("[perftracker] " + option + ": " + e.getMessage());
        }
    }

    /** The agent's own facts, with the farm's hardware measurements when it is a farm host. */
    private static EnvNode host(final FilePath workspace, final EnvNode collected) {
        Computer computer = workspace.toComputer();
        Node node = computer == null ? null : computer.getNode();
        return node == null ? collected : FarmHardware.describe(node, collected);
    }

    private void archive(final FilePath workspace, final Launcher launcher, final List<String> files)
            throws IOException, InterruptedException {
        if (!files.isEmpty()) {
            Map<String, String> artifacts = new LinkedHashMap<>();
            files.forEach(f -> artifacts.put(f, f));
            build.pickArtifactManager().archive(workspace, launcher, BuildListenerAdapter.wrap(listener), artifacts);
            listener.getLogger().printf("[perftracker] archived %d file(s) with the run%n", files.size());
        }
    }

    private PublishOutcome record(final PerfRun run, final PublishOptions options) throws IOException {
        Verdict verdict;
        ResultSummary summary;
        // one lock per job: parallel branches of a build get distinct ids, and judge-then-record of two builds
        // never interleave
        synchronized (SeriesIndexes.lockFor(build.getParent())) {
            int id = build.getActions(PerfBuildAction.class).size() + 1;
            // repeated on an index rebuilt from the build records when the engine finds it damaged
            verdict = SeriesIndexes.update(build.getParent(), index -> {
                Publication publication = new Publication(index, ChangePoints.locator(PerftrackerConfiguration.get().detector()));
                VerdictOptions verdictOptions = verdictOptions(options);
                Verdict judged = publication.judge(build.getNumber(), run, verdictOptions,
                        successfulBuilds(verdictOptions.baseline()));
                RunRecords.write(build, id, run);
                writeVerdict(id, judged);
                publication.record(build.getNumber(), build.getTimeInMillis(), runsOfBuild(run));
                publication.retain(PerftrackerConfiguration.get().getIndexBuilds());
                return judged;
            });
            summary = ResultSummary.of(run, verdict);
            build.addAction(new PerfBuildAction(build, id, summary));
        }
        mail(verdict);
        listener.getLogger().printf("[perftracker] %s: %d tests, verdict %s (%d regressed, %d improved)%n",
                run.getTitle().isEmpty() ? "results" : run.getTitle(), summary.getTestsTotal(),
                summary.getVerdict(), summary.getRegressed(), summary.getImproved());
        summary.getNewRegressions().forEach(r -> listener.getLogger().println("[perftracker]   regressed: " + r));
        return new PublishOutcome(summary, Result.fromString(verdict.status().getBuildResult()),
                verdict.status().isStageWarning());
    }

    private VerdictOptions verdictOptions(final PublishOptions options) throws IOException {
        PerftrackerConfiguration defaults = PerftrackerConfiguration.get();
        return PublishPolicy.options(defaults.baselineFor(options.getBaseline()),
                PerftrackerConfiguration.thresholdFor(options.getUnstableThreshold(), defaults.getUnstableThreshold()),
                PerftrackerConfiguration.thresholdFor(options.getFailureThreshold(), defaults.getFailureThreshold()),
                JobAcknowledgements.of(build.getParent()).list());
    }

    private void mail(final Verdict verdict) {
        if (PerftrackerConfiguration.get().isMailRegressions() && VerdictMail.isWorthMailing(verdict)) {
            if (MailOnRegression.isAvailable()) {
                MailOnRegression.send(build, VerdictMail.of(build.getParent().getFullDisplayName(),
                        build.getNumber(), buildUrl(), verdict), listener);
            }
            else {
                listener.getLogger().println("[perftracker] install the Mailer plugin to mail regressions");
            }
        }
    }

    private String buildUrl() {
        String root = jenkins.model.Jenkins.get().getRootUrl();
        return (root == null ? "/" : root) + build.getUrl() + "perftracker/";
    }

    private List<PerfRun> runsOfBuild(final PerfRun run) throws IOException {
        List<PerfRun> runs = new ArrayList<>();
        for (PerfBuildAction earlier : build.getActions(PerfBuildAction.class)) {
            runs.add(earlier.getRun());
        }
        runs.add(run);
        return runs;
    }

    /** The earlier successful builds, looked up (loading build records) only for the baseline that needs them. */
    private Set<Integer> successfulBuilds(final Baseline baseline) {
        Set<Integer> successful = new java.util.HashSet<>();
        if (baseline.kind() != BaselineKind.LAST_SUCCESSFUL) {
            return successful;
        }
        Run<?, ?> earlier = build.getPreviousBuild();
        for (int i = 0; earlier != null && i < PublishPolicy.HISTORY; i++, earlier = earlier.getPreviousBuild()) {
            if (earlier.getResult() == Result.SUCCESS) {
                successful.add(earlier.getNumber());
            }
        }
        return successful;
    }

    private void writeVerdict(final int id, final Verdict verdict) throws IOException {
        try (OutputStream out = Files.newOutputStream(
                build.getRootDir().toPath().resolve("perftracker-" + id + "-verdict.json"))) {
            VerdictJson.write(verdict, out);
        }
    }

    private void report(final List<IngestProblem> problems, final int filesRead) {
        PrintStream log = listener.getLogger();
        log.printf("[perftracker] read %d result file(s)%n", filesRead);
        problems.forEach(p -> log.println("[perftracker] skipped " + p));
    }

    private static RunOverrides overrides(final PublishOptions options, final List<String> artifacts)
            throws AbortException {
        try {
            List<EnvNode> env = options.getEnv().isEmpty() ? List.of() : PerfTrackerEnvNodes.parse(options.getEnv());
            PublishPolicy.baseline(PerftrackerConfiguration.get().baselineFor(options.getBaseline()));
            return RunOverrides.of(options.getTitle(), options.getProduct(), options.getProductVersion(),
                    options.getSuite(), options.getSuiteVersion(), options.getRegressionTag(), options.getLinks(),
                    env, artifacts);
        }
        catch (IllegalArgumentException e) {
            throw new AbortException("[perftracker] " + e.getMessage());
        }
    }
}
