package io.jenkins.plugins.perftracker.core.badge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** First values of request parameters, with oversized values refused and substitutions recorded. */
final class Params {
    private final Map<String, String[]> parameters;
    private final List<String> problems;

    Params(final Map<String, String[]> parameters, final List<String> problems) {
        this.parameters = parameters;
        this.problems = problems;
    }

    /** The first value of the parameter, unless missing or longer than {@link BadgeRequest#MAX_VALUE_LENGTH}. */
    Optional<String> value(final String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0 || values[0] == null) {
            return Optional.empty();
        }
        if (values[0].length() > BadgeRequest.MAX_VALUE_LENGTH) {
            problems.add(name + ": longer than " + BadgeRequest.MAX_VALUE_LENGTH + " characters, ignored");
            return Optional.empty();
        }
        return Optional.of(values[0]);
    }

    /** The parsed value, noting when a given value was not one of the choices and the default was used. */
    <T> T choice(final String name, final Function<String, T> parse, final Function<T, String> id) {
        Optional<String> given = value(name);
        T result = parse.apply(given.orElse(null));
        given.filter(text -> !id.apply(result).equalsIgnoreCase(text.trim()))
                .ifPresent(text -> problems.add(name + ": unknown value, using " + id.apply(result)));
        return result;
    }
}
