package io.jenkins.plugins.perftracker.root;

import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

import hudson.Extension;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

import io.jenkins.plugins.perftracker.core.badge.BadgeAnswer;
import io.jenkins.plugins.perftracker.core.badge.BadgeAnswers;
import io.jenkins.plugins.perftracker.core.badge.BadgePath;
import io.jenkins.plugins.perftracker.core.badge.BadgeRequest;

/**
 * {@code /perftracker/badge/…}: README badges (see {@link BadgePath} for the URLs). The engine draws the badge
 * and decides status, ETag and caching; this class resolves the subject with {@link BadgeSubjects} and copies
 * the answer. A missing job, a job the requester may not see and a malformed URL all get the same 404 badge.
 */
@Extension
public class BadgePage extends RootPage {
    private static final Logger LOGGER = Logger.getLogger(BadgePage.class.getName());
    private static final BadgeAnswers ANSWERS = new BadgeAnswers();

    @Override
    public String getUrlName() {
        return "badge";
    }

    @Override
    public String getDisplayName() {
        return Messages.BadgePage_displayName();
    }

    /** Any path below {@code badge/}. */
    public void doDynamic(final StaplerRequest2 req, final StaplerResponse2 rsp) throws IOException {
        BadgeRequest query = BadgeRequest.parse(req.getParameterMap());
        if (!query.getProblems().isEmpty()) {
            LOGGER.log(Level.FINE, "perftracker badge {0}: {1}", new Object[] {req.getRequestURI(), query.getProblems()});
        }
        String ifNoneMatch = req.getHeader("If-None-Match");
        BadgeAnswer answer = BadgePath.parse(req.getOriginalRestOfPath())
                .flatMap(path -> new BadgeSubjects(req::getParameter).resolve(path))
                .map(found -> ANSWERS.found(found.badge(), query, found.maxAgeSeconds(), ifNoneMatch, found.isPublic()))
                .orElseGet(() -> ANSWERS.notFound(query, ifNoneMatch));
        send(rsp, answer);
    }

    private static void send(final StaplerResponse2 rsp, final BadgeAnswer answer) throws IOException {
        rsp.setStatus(answer.status());
        rsp.setHeader("ETag", answer.etag());
        rsp.setHeader("Cache-Control", answer.cacheControl());
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        if (answer.status() == BadgeAnswer.NOT_MODIFIED) {
            return;
        }
        byte[] body = answer.bodyBytes();
        rsp.setContentType(answer.contentType());
        rsp.setContentLength(body.length);
        try (OutputStream out = rsp.getOutputStream()) {
            out.write(body);
        }
    }
}
