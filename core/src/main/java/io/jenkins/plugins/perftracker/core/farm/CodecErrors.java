package io.jenkins.plugins.perftracker.core.farm;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

import java.util.function.Supplier;

/** Puts the element path in front of a value the model refused while a stored farm is read. */
final class CodecErrors {
    private CodecErrors() {
    }

    static <T> T named(final String path, final Supplier<T> build) {
        try {
            return build.get();
        }
        catch (InvalidValueException e) {
            throw new FarmFormatException(path + "/" + e.getMessage(), e);
        }
    }
}
