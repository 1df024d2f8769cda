package io.jenkins.plugins.perftracker.root.travis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

import io.jenkins.plugins.perftracker.core.travis.ImportPlan;
import io.jenkins.plugins.perftracker.core.travis.ImportQueue;
import io.jenkins.plugins.perftracker.core.travis.ImportTask;
import io.jenkins.plugins.perftracker.core.travis.TravisPayload;
import io.jenkins.plugins.perftracker.core.travis.TravisPayloadException;
import io.jenkins.plugins.perftracker.core.travis.WebhookForm;
import io.jenkins.plugins.perftracker.core.travis.WebhookOutcome;
import io.jenkins.plugins.perftracker.core.travis.WebhookRequest;

/**
 * A POST to {@code /perftracker/travis}: the raw form body and the three headers go to the engine's
 * {@code TravisWebhook}; its status and text are the reply, and an accepted build is queued for import as the
 * engine's plan says (503 when the queue is full, so Travis knows the build was not taken).
 */
final class TravisWebhookReceiver {
    private static final Logger LOGGER = Logger.getLogger(TravisWebhookReceiver.class.getName());

    private TravisWebhookReceiver() {
    }

    static void receive(final StaplerRequest2 req, final StaplerResponse2 rsp) throws IOException {
        String payload;
        try {
            payload = WebhookForm.payload(req.getInputStream());
        } catch (TravisPayloadException e) {
            payload = req.getParameter("payload"); // a container that had already parsed the form
            if (payload == null) {
                reply(rsp, WebhookOutcome.BAD_REQUEST, e.getMessage());
                return;
            }
        }
        WebhookOutcome outcome = TravisWebhooks.current(TravisConfiguration.get()).handle(new WebhookRequest(
                req.getHeader("Signature"), req.getHeader("Authorization"), req.getHeader("Travis-Repo-Slug"),
                payload));
        if (!outcome.isAccepted()) {
            LOGGER.info("perftracker: Travis webhook refused: " + outcome.message());
            reply(rsp, outcome.status(), outcome.message());
            return;
        }
        TravisPayload build = outcome.payload().orElseThrow();
        ImportPlan plan = TravisPage.planner().single(build.slug(), build.buildNumber(),
                n -> TravisPage.stored(build.slug(), n));
        List<String> lines = new ArrayList<>(List.of(outcome.message()));
        lines.addAll(plan.warnings());
        for (ImportPlan.Scheduled scheduled : plan.scheduled()) {
            Optional<ImportQueue.Refusal> refusal = TravisImports.get().schedule(ImportTask.of(build.slug(),
                    scheduled.buildNumber(), build.buildId(), Instant.now().plus(scheduled.delay())));
            if (refusal.filter(r -> r == ImportQueue.Refusal.FULL).isPresent()) {
                reply(rsp, 503, "The import queue is full; Travis may deliver the build again later");
                return;
            }
        }
        lines.addAll(plan.messages());
        reply(rsp, WebhookOutcome.OK, String.join("\n", lines));
    }

    private static void reply(final StaplerResponse2 rsp, final int status, final String message) throws IOException {
        rsp.setStatus(status);
        rsp.setContentType("text/plain;charset=UTF-8");
        rsp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
