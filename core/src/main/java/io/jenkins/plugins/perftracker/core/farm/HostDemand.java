package io.jenkins.plugins.perftracker.core.farm;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a waiting pipeline needs: {@code quantity} hosts that the selector accepts, taken together as one lock.
 * {@link #hosts} asks for exactly the named hosts (all of them), {@link #of} for any N hosts of a label.
 */
public final class HostDemand {
    /** More hosts than any lab holds: a larger quantity is a typing mistake. */
    static final int MAX_QUANTITY = 1000;

    private final HostSelector selector;
    private final int quantity;
    private final Set<String> names; // empty unless the hosts are named

    private HostDemand(final HostSelector selector, final int quantity, final Set<String> names) {
        this.selector = selector;
        this.quantity = quantity;
        this.names = names;
    }

    /** Any {@code quantity} (1..1000) hosts the selector accepts. */
    public static HostDemand of(final HostSelector selector, final int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new FarmException("quantity: 1.." + MAX_QUANTITY + " expected but was " + quantity);
        }
        return new HostDemand(selector, quantity, Set.of());
    }

    /** Exactly these hosts, all of them. */
    public static HostDemand hosts(final Collection<String> hostNames) {
        if (hostNames.isEmpty()) {
            throw new FarmException("A lock needs at least one host");
        }
        Set<String> names = new TreeSet<>();
        hostNames.forEach(h -> names.add(Text.required("host", h, 64)));
        if (names.size() == 1) {
            return new HostDemand(HostSelector.named(names.iterator().next()), 1, names);
        }
        String description = names.stream().map(h -> "'" + h + "'").collect(Collectors.joining(", ", "hosts ", ""));
        if (description.length() > 200) {
            description = names.size() + " named hosts";
        }
        return new HostDemand(HostSelector.matching(description, h -> names.contains(h.getName())), names.size(),
                names);
    }

    /**
     * The demand of a step's arguments: {@code hosts} (all of them) or {@code label} with a quantity, not both.
     */
    public static HostDemand from(final List<String> hosts, final String label, final int quantity) {
        boolean named = hosts != null && !hosts.isEmpty();
        boolean labelled = label != null && !label.isBlank();
        if (named == labelled) {
            throw new FarmException("Give either hosts or a label (with an optional quantity), not "
                    + (named ? "both" : "neither"));
        }
        if (named && quantity != 1 && quantity != hosts.size()) {
            throw new FarmException("quantity " + quantity + " does not fit " + hosts.size()
                    + " named hosts: all named hosts are locked");
        }
        return named ? hosts(hosts) : of(HostSelector.withLabel(label.strip()), quantity);
    }

    public HostSelector getSelector() {
        return selector;
    }

    public int getQuantity() {
        return quantity;
    }

    /** Whether every host this demand names passes the test (true for a demand by label, which names none). */
    boolean namesOnly(final Predicate<String> allowed) {
        return names.stream().allMatch(allowed);
    }

    boolean matches(final FarmHost host) {
        return selector.matches(host);
    }

    /** Refuses at once what no waiting could satisfy: an unknown host, or fewer matching hosts than wanted. */
    void checkSatisfiable(final List<FarmHost> hosts) {
        for (String name : names) {
            if (hosts.stream().noneMatch(h -> h.getName().equals(name))) {
                throw new FarmException("Unknown host '" + name + "'");
            }
        }
        long matching = hosts.stream().filter(selector::matches).count();
        if (matching == 0) {
            throw new FarmException("No host matches " + selector.describe());
        }
        if (matching < quantity) {
            throw new FarmException("Only " + matching + " hosts match " + selector.describe() + ", " + quantity
                    + " wanted");
        }
    }

    /** "host 's1'", "hosts 's1', 's2'", "2 hosts with label 'x86'". */
    public String describe() {
        return quantity == 1 || !names.isEmpty() ? selector.describe()
                : quantity + " hosts with " + selector.describe();
    }

    @Override
    public String toString() {
        return describe();
    }
}
