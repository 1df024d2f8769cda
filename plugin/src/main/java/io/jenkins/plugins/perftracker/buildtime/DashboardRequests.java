package io.jenkins.plugins.perftracker.buildtime;

import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import hudson.model.Job;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.ChartModel;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.DashboardBuilder;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.DashboardModel;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.DashboardFilter;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.LinkedDashboard;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.Timeframe;
import io.jenkins.plugins.perftracker.core.view.ViewJson;

/**
 * The dashboard endpoints' shared request handling: the untrusted query parameters ({@code timeframe},
 * {@code filter_*}, bounded), the links from build labels to build pages, and the JSON answer.
 */
final class DashboardRequests {
    private static final int MAX_PARAMETER = 512;

    private DashboardRequests() {
    }

    static Timeframe timeframe(final StaplerRequest2 req) {
        return Timeframe.fromId(parameter(req, "timeframe"));
    }

    static DashboardFilter filter(final StaplerRequest2 req) {
        return new DashboardFilter(parameter(req, "filter_branch"), parameter(req, "filter_build_result"),
                parameter(req, "filter_build_trigger"), parameter(req, "filter_build_matrix"),
                parameter(req, "filter_agent"));
    }

    /** A query parameter, empty when missing; 400 when longer than any stored value may be. */
    static String parameter(final StaplerRequest2 req, final String name) {
        String value = req.getParameter(name);
        if (value != null && value.length() > MAX_PARAMETER) {
            throw HttpResponses.errorWithoutStack(400, name + ": at most " + MAX_PARAMETER + " characters expected");
        }
        return value == null ? "" : value;
    }

    /** The build page of each build and job id of a job's records, as absolute paths. */
    static Map<String, String> links(final StaplerRequest2 req, final Job<?, ?> job, final List<BuildTimeRecord> records,
            final boolean qualified) {
        Map<String, String> links = new HashMap<>();
        String jobPath = req.getContextPath() + "/" + job.getUrl();
        for (BuildTimeRecord record : records) {
            String url = jobPath + record.getBuild() + "/buildtime/";
            String prefix = qualified ? record.getRepo() + " #" : "";
            links.put(prefix + record.getBuild(), url);
            links.put(prefix + record.getJob(), url);
        }
        return links;
    }

    static void writeDashboard(final StaplerResponse2 rsp, final List<BuildTimeRecord> records,
            final Map<String, String> links, final StaplerRequest2 req) throws IOException {
        DashboardModel model = DashboardBuilder.build(records, timeframe(req), filter(req), Clock.systemUTC());
        Map<String, String> shown = new HashMap<>();
        for (ChartModel chart : model.charts()) {
            for (String label : chart.labels()) {
                String url = links.get(label);
                if (url != null) {
                    shown.put(label, url); // only what the charts show: a year of links would weigh megabytes
                }
            }
        }
        writeJson(rsp, LinkedDashboard.of(model, shown));
    }

    static void writeJson(final StaplerResponse2 rsp, final Object model) throws IOException {
        rsp.setContentType("application/json;charset=UTF-8");
        rsp.setHeader("Cache-Control", "no-cache");
        rsp.getWriter().write(ViewJson.write(model));
    }
}
