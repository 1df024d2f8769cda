package io.jenkins.plugins.perftracker.root.travis;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

import io.jenkins.plugins.perftracker.core.travis.ImportSettings;
import io.jenkins.plugins.perftracker.core.travis.RepoRules;
import io.jenkins.plugins.perftracker.core.travis.TravisApiSettings;

/**
 * The Travis CI webhook and import (Manage Jenkins » System, and configuration as code under
 * {@code unclassified: perftrackerTravis:}): the Travis API endpoint (its {@code /config} gives the webhook key),
 * the Travis token as a Jenkins credential (a secret text; never a plain string here), Buildtime Trend's
 * allowed/denied repositories and data detail, whether unsigned requests are accepted, and import limits.
 */
@Extension
@Symbol("perftrackerTravis")
public class TravisConfiguration extends GlobalConfiguration {
    static final int MAX_BATCH = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private String apiUrl = TravisApiSettings.TRAVIS_COM;
    private String credentialsId = "";
    private String allowedRepos = "";
    private String deniedRepos = "";
    private boolean allowUnsigned;
    private String dataDetail = "full";
    private int maxBuilds = MAX_BATCH;
    private int queueCapacity = 1000;

    public TravisConfiguration() {
        load();
    }

    public static TravisConfiguration get() {
        return ExtensionList.lookupSingleton(TravisConfiguration.class);
    }

    /** The Travis API root, e.g. {@code https://api.travis-ci.com} (Travis Enterprise has its own). */
    public String getApiUrl() {
        return apiUrl;
    }

    @DataBoundSetter
    public void setApiUrl(final String apiUrl) {
        String url = Util.fixEmptyAndTrim(apiUrl);
        this.apiUrl = url == null ? TravisApiSettings.TRAVIS_COM : url.replaceAll("/+$", "");
        save();
    }

    /** The id of a secret-text credential holding the Travis token (legacy webhook check and API calls). */
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(final String credentialsId) {
        this.credentialsId = Util.fixNull(credentialsId).strip();
        save();
    }

    /** Buildtime Trend's {@code allowed_repo}: one rule per line; empty allows every repository not denied. */
    public String getAllowedRepos() {
        return allowedRepos;
    }

    @DataBoundSetter
    public void setAllowedRepos(final String allowedRepos) {
        this.allowedRepos = Util.fixNull(allowedRepos);
        save();
    }

    /** Buildtime Trend's {@code denied_repo}: one rule per line; denied wins. */
    public String getDeniedRepos() {
        return deniedRepos;
    }

    @DataBoundSetter
    public void setDeniedRepos(final String deniedRepos) {
        this.deniedRepos = Util.fixNull(deniedRepos);
        save();
    }

    /** Whether requests with neither {@code Signature} nor {@code Authorization} are accepted (off by default). */
    public boolean isAllowUnsigned() {
        return allowUnsigned;
    }

    @DataBoundSetter
    public void setAllowUnsigned(final boolean allowUnsigned) {
        this.allowUnsigned = allowUnsigned;
        save();
    }

    /** Buildtime Trend's {@code data_detail}: {@code full} keeps substages, {@code minimal} job totals only. */
    public String getDataDetail() {
        return "minimal".equals(dataDetail) ? "minimal" : "full";
    }

    @DataBoundSetter
    public void setDataDetail(final String dataDetail) {
        String detail = Util.fixNull(dataDetail).strip();
        this.dataDetail = "minimal".equals(detail) || "basic".equals(detail) ? "minimal" : "full";
        save();
    }

    /** The most builds one batch import takes (1–100, Buildtime Trend's cap). */
    public int getMaxBuilds() {
        return maxBuilds;
    }

    @DataBoundSetter
    public void setMaxBuilds(final int maxBuilds) {
        this.maxBuilds = Math.max(1, Math.min(MAX_BATCH, maxBuilds));
        save();
    }

    /** The most builds waiting for import at once (10–100,000); a webhook beyond it is answered 503. */
    public int getQueueCapacity() {
        return queueCapacity;
    }

    @DataBoundSetter
    public void setQueueCapacity(final int queueCapacity) {
        this.queueCapacity = Math.max(10, Math.min(100_000, queueCapacity));
        save();
    }

    /** The Travis token from the credential, if one is configured and found. */
    Optional<String> token() {
        if (credentialsId.isEmpty()) {
            return Optional.empty();
        }
        StringCredentials credential = CredentialsMatchers.firstOrNull(CredentialsProvider
                .lookupCredentialsInItemGroup(StringCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of()),
                CredentialsMatchers.withId(credentialsId));
        return credential == null ? Optional.empty() : Optional.of(credential.getSecret().getPlainText());
    }

    RepoRules rules() {
        return new RepoRules(List.of(allowedRepos.split("\\R")), List.of(deniedRepos.split("\\R")));
    }

    TravisApiSettings apiSettings() {
        return new TravisApiSettings(apiUrl, token(), TIMEOUT, 4 << 20, 32 << 20);
    }

    ImportSettings importSettings() {
        return new ImportSettings(maxBuilds, ImportSettings.DEFAULTS.delay(), ImportSettings.DEFAULTS.singleDelay());
    }

    /** Where Travis publishes its webhook key: {@code <api>/config}. */
    URI configUrl() {
        return URI.create(apiUrl + "/config");
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@QueryParameter final String credentialsId) {
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return new StandardListBoxModel().includeCurrentValue(credentialsId);
        }
        return new StandardListBoxModel().includeEmptyValue()
                .includeAs(ACL.SYSTEM2, Jenkins.get(), StringCredentials.class)
                .includeCurrentValue(credentialsId);
    }

    @POST
    public ListBoxModel doFillDataDetailItems() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        ListBoxModel items = new ListBoxModel();
        items.add("Full: jobs and their substages", "full");
        items.add("Minimal: job totals only", "minimal");
        return items;
    }

    @POST
    public FormValidation doCheckApiUrl(@QueryParameter final String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        try {
            new TravisApiSettings(Util.fixNull(value).strip(), Optional.empty(), TIMEOUT, 1, 1);
            return value.startsWith("http://") ? FormValidation.warning(Messages.TravisConfiguration_plainHttp())
                    : FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    @POST
    public FormValidation doCheckAllowUnsigned(@QueryParameter final boolean value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return value ? FormValidation.warning(Messages.TravisConfiguration_unsignedWarning()) : FormValidation.ok();
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.TravisConfiguration_displayName();
    }
}
