package io.jenkins.plugins.perftracker.farm;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import hudson.util.FormValidation;
import jenkins.model.Jenkins;

import io.jenkins.plugins.perftracker.core.farm.LockType;

/** Form checks shared by the farm's forms: each runs the engine's own validation, so there is one rule. */
final class FarmForms {
    private FarmForms() {
    }

    static FormValidation checkColour(final String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return check(() -> LockType.of("check", value, "#fff"));
    }

    /** Runs the engine's validation and shows its message. */
    static FormValidation check(final Supplier<?> validation) {
        try {
            validation.get();
            return FormValidation.ok();
        }
        catch (RuntimeException e) { // the engine's InvalidValueException and FarmException
            return FormValidation.error(e.getMessage());
        }
    }

    /** "x86  numa" → [x86, numa]. */
    static List<String> words(final String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }
}
