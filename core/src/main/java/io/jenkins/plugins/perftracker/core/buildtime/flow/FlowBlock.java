package io.jenkins.plugins.perftracker.core.buildtime.flow;

import java.io.Serializable;

/**
 * One block of a Pipeline's flow graph as the plugin reads it, without Jenkins types: a stage, a parallel
 * branch or a {@code node} block, with its parent block, its times (epoch milliseconds) and the facts that make
 * its status. {@link StageTreeBuilder} turns a list of them into the record's stage tree.
 *
 * @param id the flow node id of the block start, unique in the build
 * @param parentId the id of the nearest enclosing stage, branch or node block; {@code null} at the top
 * @param kind what the block is
 * @param name the stage or branch name; the agent name for a node block
 * @param startMillis when the block started
 * @param endMillis when it ended; 0 or less while it has not (a build aborted mid-block)
 * @param pauseMillis time the block's own steps waited (PauseAction: input, lock, a queued node), nested
 *        blocks not included
 * @param facts what the graph says about how the block ended
 */
public record FlowBlock(String id, String parentId, Kind kind, String name, long startMillis, long endMillis,
        long pauseMillis, Facts facts) implements Serializable {
    /** What a block is. */
    public enum Kind {
        STAGE, BRANCH, NODE
    }

    /**
     * How a block ended.
     *
     * @param error an error ended it (ErrorAction)
     * @param aborted the error was an interruption (abort, timeout)
     * @param unstable a step marked it unstable (WarningAction)
     * @param skipped Declarative skipped it (a {@code when} condition, an earlier failure)
     */
    public record Facts(boolean error, boolean aborted, boolean unstable, boolean skipped) implements Serializable {
        public static final Facts NONE = new Facts(false, false, false, false);
    }

    public FlowBlock {
        if (id == null || kind == null) {
            throw new IllegalArgumentException("a flow block needs an id and a kind");
        }
        name = name == null ? "" : name;
        facts = facts == null ? Facts.NONE : facts;
        pauseMillis = Math.max(0, pauseMillis);
    }

    boolean hasEnded() {
        return endMillis > 0;
    }
}
