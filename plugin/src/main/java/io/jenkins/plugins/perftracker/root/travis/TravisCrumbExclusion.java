package io.jenkins.plugins.perftracker.root.travis;

import java.io.IOException;

import hudson.Extension;
import hudson.security.csrf.CrumbExclusion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Travis cannot send a CSRF crumb: the webhook URL {@code /perftracker/travis} (with or without the final
 * slash) is exempt, and nothing else: the batch import form below it keeps its crumb. The webhook proves itself
 * with Travis' signature instead.
 */
@Extension
public class TravisCrumbExclusion extends CrumbExclusion {
    static final String PATH = "/perftracker/travis";

    @Override
    public boolean process(final HttpServletRequest request, final HttpServletResponse response,
            final FilterChain chain) throws IOException, ServletException {
        String path = request.getPathInfo();
        if (PATH.equals(path) || (PATH + "/").equals(path)) {
            chain.doFilter(request, response);
            return true;
        }
        return false;
    }
}
