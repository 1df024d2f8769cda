package io.jenkins.plugins.perftracker.steps;

import java.io.Serializable;

import hudson.Util;

/**
 * The options of one publish call, shared by the Pipeline step and the freestyle recorder so that they are
 * written once. Both classes only forward their data-bound setters here.
 */
public final class PublishOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    private String results = "";
    private String format = "auto";
    private String title = "";
    private String product = "";
    private String productVersion = "";
    private String suite = "";
    private String suiteVersion = "";
    private String regressionTag = "";
    private String links = "";
    private String env = "";
    private String artifacts = "";
    private String baseline = "";
    private double unstableThreshold;
    private double failureThreshold;
    private boolean allowEmptyResults;

    public String getResults() {
        return results;
    }

    public void setResults(final String results) {
        this.results = text(results);
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(final String format) {
        this.format = text(format).isEmpty() ? "auto" : text(format);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(final String title) {
        this.title = text(title);
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(final String product) {
        this.product = text(product);
    }

    public String getProductVersion() {
        return productVersion;
    }

    public void setProductVersion(final String productVersion) {
        this.productVersion = text(productVersion);
    }

    public String getSuite() {
        return suite;
    }

    public void setSuite(final String suite) {
        this.suite = text(suite);
    }

    public String getSuiteVersion() {
        return suiteVersion;
    }

    public void setSuiteVersion(final String suiteVersion) {
        this.suiteVersion = text(suiteVersion);
    }

    public String getRegressionTag() {
        return regressionTag;
    }

    public void setRegressionTag(final String regressionTag) {
        this.regressionTag = text(regressionTag);
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(final String links) {
        this.links = text(links);
    }

    public String getEnv() {
        return env;
    }

    public void setEnv(final String env) {
        this.env = text(env);
    }

    public String getArtifacts() {
        return artifacts;
    }

    public void setArtifacts(final String artifacts) {
        this.artifacts = text(artifacts);
    }

    /** The baseline, or empty for the global default. */
    public String getBaseline() {
        return baseline;
    }

    public void setBaseline(final String baseline) {
        this.baseline = text(baseline);
    }

    public double getUnstableThreshold() {
        return unstableThreshold;
    }

    public void setUnstableThreshold(final double unstableThreshold) {
        this.unstableThreshold = unstableThreshold;
    }

    public double getFailureThreshold() {
        return failureThreshold;
    }

    public void setFailureThreshold(final double failureThreshold) {
        this.failureThreshold = failureThreshold;
    }

    public boolean isAllowEmptyResults() {
        return allowEmptyResults;
    }

    public void setAllowEmptyResults(final boolean allowEmptyResults) {
        this.allowEmptyResults = allowEmptyResults;
    }

    private static String text(final String value) {
        return Util.fixNull(Util.fixEmptyAndTrim(value));
    }
}
