package io.jenkins.plugins.perftracker.core.buildtime;

import java.io.Serializable;
import java.util.Objects;

/** Where a build job ran: Travis' worker line ({@code Using worker: host:os}) or the Jenkins agent. */
public final class Agent implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String hostname;
    private final String os;

    private Agent(final String hostname, final String os) {
        this.hostname = Checks.required("agent.hostname", hostname);
        this.os = Checks.bounded("agent.os", os, Checks.MAX_TEXT);
    }

    /** An agent; the hostname is required, the operating system may be empty. */
    public static Agent of(final String hostname, final String os) {
        return new Agent(hostname, os);
    }

    public String getHostname() {
        return hostname;
    }

    public String getOs() {
        return os;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Agent && hostname.equals(((Agent) o).hostname) && os.equals(((Agent) o).os);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hostname, os);
    }

    @Override
    public String toString() {
        return hostname + ":" + os;
    }
}
