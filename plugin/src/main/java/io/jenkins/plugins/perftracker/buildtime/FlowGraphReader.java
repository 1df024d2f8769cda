package io.jenkins.plugins.perftracker.buildtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import org.jenkinsci.plugins.workflow.actions.ErrorAction;
import org.jenkinsci.plugins.workflow.actions.LabelAction;
import org.jenkinsci.plugins.workflow.actions.TagsAction;
import org.jenkinsci.plugins.workflow.actions.ThreadNameAction;
import org.jenkinsci.plugins.workflow.actions.TimingAction;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.actions.WorkspaceAction;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;
import org.jenkinsci.plugins.workflow.graph.BlockEndNode;
import org.jenkinsci.plugins.workflow.graph.BlockStartNode;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graph.StepNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.support.actions.PauseAction;

import io.jenkins.plugins.perftracker.core.buildtime.flow.FlowBlock;

/**
 * Reads a Pipeline build's flow graph into plain {@link FlowBlock}s, recognising blocks as
 * pipeline-graph-analysis' StageChunkFinder and pipeline-stage-view do: a stage is the body of a {@code stage}
 * step (it carries the LabelAction), a parallel branch a body with a ThreadNameAction, a node block the
 * {@code node} step with its WorkspaceAction. Pauses come from PauseAction ({@code input}, waiting for a lock
 * or an executor); Declarative's skipped stages from the {@code STAGE_STATUS} tag. The engine builds the tree.
 */
final class FlowGraphReader {
    private static final String STAGE_STATUS = "STAGE_STATUS";

    private final Map<String, FlowBlock.Kind> kinds = new HashMap<>();
    private final Map<String, BlockEndNode<?>> ends = new HashMap<>();
    private final Map<String, Long> pauses = new HashMap<>();
    private final Map<String, Boolean> warnings = new HashMap<>();

    private FlowGraphReader() {
    }

    /** The flow execution of a Pipeline build, or {@code null} for other builds (or one that never started). */
    @CheckForNull
    static FlowExecution executionOf(final Run<?, ?> run) {
        if (run instanceof FlowExecutionOwner.Executable) {
            FlowExecutionOwner owner = ((FlowExecutionOwner.Executable) run).asFlowExecutionOwner();
            return owner == null ? null : owner.getOrNull();
        }
        return null;
    }

    /** The stage, branch and node blocks of a finished (or running) execution. */
    static List<FlowBlock> read(final FlowExecution execution) {
        return new FlowGraphReader().blocks(new DepthFirstScanner().allNodes(execution));
    }

    private List<FlowBlock> blocks(final List<FlowNode> nodes) {
        List<BlockStartNode> starts = new ArrayList<>();
        for (FlowNode node : nodes) {
            if (node instanceof BlockEndNode<?>) {
                BlockEndNode<?> end = (BlockEndNode<?>) node;
                ends.put(end.getStartNode().getId(), end);
            }
            else if (node instanceof BlockStartNode) {
                FlowBlock.Kind kind = kindOf(node);
                if (kind != null) {
                    kinds.put(node.getId(), kind);
                    starts.add((BlockStartNode) node);
                }
            }
        }
        for (FlowNode node : nodes) {
            long pause = PauseAction.getPauseDuration(node);
            boolean warned = node.getPersistentAction(WarningAction.class) != null;
            if (pause > 0 || warned) {
                String owner = kinds.containsKey(node.getId()) ? node.getId() : enclosing(node);
                if (owner != null) {
                    pauses.merge(owner, pause, Long::sum);
                    warnings.merge(owner, warned, Boolean::logicalOr);
                }
            }
        }
        List<FlowBlock> blocks = new ArrayList<>();
        for (BlockStartNode start : starts) {
            blocks.add(block(start));
        }
        return blocks;
    }

    private FlowBlock block(final BlockStartNode start) {
        String id = start.getId();
        FlowBlock.Kind kind = kinds.get(id);
        BlockEndNode<?> end = ends.get(id);
        ErrorAction error = end == null ? null : end.getPersistentAction(ErrorAction.class);
        String status = TagsAction.getTagValue(start, STAGE_STATUS);
        FlowBlock.Facts facts = new FlowBlock.Facts(error != null,
                error != null && error.getError() instanceof FlowInterruptedException,
                warnings.getOrDefault(id, false) || end != null && end.getPersistentAction(WarningAction.class) != null,
                status != null && status.startsWith("SKIPPED"));
        return new FlowBlock(id, enclosing(start), kind, name(start, kind), TimingAction.getStartTime(start),
                end == null ? 0 : TimingAction.getStartTime(end), pauses.getOrDefault(id, 0L), facts);
    }

    /** The nearest enclosing stage, branch or node block. */
    @CheckForNull
    private String enclosing(final FlowNode node) {
        for (BlockStartNode block : node.iterateEnclosingBlocks()) {
            if (kinds.containsKey(block.getId())) {
                return block.getId();
            }
        }
        return null;
    }

    @CheckForNull
    private static FlowBlock.Kind kindOf(final FlowNode node) {
        if (node.getPersistentAction(ThreadNameAction.class) != null) {
            return FlowBlock.Kind.BRANCH;
        }
        String function = functionName(node);
        if ("stage".equals(function) && node.getPersistentAction(LabelAction.class) != null) {
            return FlowBlock.Kind.STAGE;
        }
        if ("node".equals(function) && node.getPersistentAction(WorkspaceAction.class) != null) {
            return FlowBlock.Kind.NODE;
        }
        return null;
    }

    private static String name(final FlowNode node, final FlowBlock.Kind kind) {
        switch (kind) {
            case BRANCH:
                return node.getPersistentAction(ThreadNameAction.class).getThreadName();
            case NODE:
                String agent = node.getPersistentAction(WorkspaceAction.class).getNode();
                return agent.isEmpty() ? "built-in" : agent;
            default:
                return node.getDisplayName();
        }
    }

    @CheckForNull
    private static String functionName(final FlowNode node) {
        if (node instanceof StepNode) {
            StepDescriptor descriptor = ((StepNode) node).getDescriptor();
            return descriptor == null ? null : descriptor.getFunctionName();
        }
        return null;
    }
}
