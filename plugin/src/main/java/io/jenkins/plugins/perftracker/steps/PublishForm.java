package io.jenkins.plugins.perftracker.steps;

import java.util.List;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;

import io.jenkins.plugins.perftracker.core.ingest.FileGlob;
import io.jenkins.plugins.perftracker.core.ingest.ReaderRegistry;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.publish.PublishPolicy;
import io.jenkins.plugins.perftracker.core.publish.RunOverrides;

/**
 * Form helpers of the publish options, used by the step's and the recorder's descriptors. Checks need the
 * item's CONFIGURE permission; without it they say nothing.
 */
final class PublishForm {
    /** Every field of the form; each has its help-FIELD.html beside the step's config.jelly. */
    static final List<String> FIELDS = List.of("results", "format", "title", "regressionTag",
            "product", "productVersion", "suite", "suiteVersion", "links", "env", "artifacts", "baseline",
            "unstableThreshold", "failureThreshold", "allowEmptyResults");

    private PublishForm() {
    }

    static ListBoxModel formats() {
        ListBoxModel items = new ListBoxModel();
        items.add("Detect from content", "auto");
        for (ResultReader reader : new ReaderRegistry().getReaders()) {
            items.add(reader.displayName(), reader.id());
        }
        return items;
    }

    static FormValidation checkResults(final Item item, final String value) {
        if (!canConfigure(item)) {
            return FormValidation.ok();
        }
        if (value == null || value.isBlank()) {
            return FormValidation.error("A file pattern is required, for example **/jmh-result.json");
        }
        try {
            new FileGlob(value);
            return FormValidation.ok();
        }
        catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    static FormValidation checkBaseline(final Item item, final String value) {
        if (!canConfigure(item) || value == null || value.isBlank()) {
            return FormValidation.ok();
        }
        try {
            PublishPolicy.baseline(value);
            return FormValidation.ok();
        }
        catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    static FormValidation checkLinks(final Item item, final String value) {
        if (!canConfigure(item)) {
            return FormValidation.ok();
        }
        try {
            RunOverrides.parseLinks(value);
            return FormValidation.ok();
        }
        catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    private static boolean canConfigure(final Item item) {
        return item != null && item.hasPermission(Item.CONFIGURE);
    }
}
