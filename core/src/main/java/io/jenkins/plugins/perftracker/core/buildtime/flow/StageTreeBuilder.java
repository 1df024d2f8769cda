package io.jenkins.plugins.perftracker.core.buildtime.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.buildtime.StageStatus;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

/**
 * Makes a record's stage tree from the blocks of a flow graph, as pipeline-stage-view shows them: stages and
 * parallel branches nest as they ran, {@code node} blocks are transparent (their stages belong to the enclosing
 * stage), siblings are in start order. A stage's pause is its own plus its nested stages' (never more than its
 * wall time); its duration is wall time minus pause. A block that never ended runs until {@code buildEnd}.
 * Trees deeper than a record allows are cut at that depth, and at most {@link #MAX_STAGES} stages are kept.
 */
public final class StageTreeBuilder {
    static final int MAX_STAGES = 10_000;
    private static final int MAX_DEPTH = 32;
    private static final int MAX_NAME = 512;
    private static final Comparator<FlowBlock> BY_START = Comparator.comparingLong(FlowBlock::startMillis)
            .thenComparing(FlowBlock::id);

    private final Map<String, FlowBlock> byId = new HashMap<>();
    private final Map<String, List<FlowBlock>> children = new LinkedHashMap<>();
    /** Every block directly inside another, node blocks included. */
    private final Map<String, List<FlowBlock>> contents = new HashMap<>();
    private final Map<String, Long> pauses = new HashMap<>();
    private final long buildEnd;
    private int count;

    private StageTreeBuilder(final List<FlowBlock> blocks, final long buildEnd) {
        this.buildEnd = buildEnd;
        blocks.forEach(b -> byId.put(b.id(), b));
        for (FlowBlock block : blocks) {
            if (block.parentId() != null) {
                contents.computeIfAbsent(block.parentId(), k -> new ArrayList<>()).add(block);
            }
            if (block.kind() != FlowBlock.Kind.NODE) {
                children.computeIfAbsent(stageParent(block), k -> new ArrayList<>()).add(block);
            }
        }
        children.values().forEach(list -> list.sort(BY_START));
    }

    /** The stage tree of a build whose blocks are {@code blocks}; {@code buildEnd} closes unfinished ones. */
    public static List<StageTiming> build(final List<FlowBlock> blocks, final Instant buildEnd) {
        StageTreeBuilder builder = new StageTreeBuilder(blocks, buildEnd.toEpochMilli());
        List<StageTiming> stages = new ArrayList<>();
        for (FlowBlock top : builder.children.getOrDefault(null, List.of())) {
            StageTiming.Builder stage = builder.stage(top, 1);
            if (stage != null) {
                stages.add(stage.build());
            }
        }
        return stages;
    }

    /** The agent of the build: the node of the {@code node} block that started first, or {@code null}. */
    public static String firstAgent(final List<FlowBlock> blocks) {
        return blocks.stream().filter(b -> b.kind() == FlowBlock.Kind.NODE && !b.name().isBlank()).min(BY_START)
                .map(FlowBlock::name).orElse(null);
    }

    /** The nearest enclosing stage or branch, skipping node blocks; {@code null} at the top. */
    private String stageParent(final FlowBlock block) {
        FlowBlock parent = block.parentId() == null ? null : byId.get(block.parentId());
        int hops = 0;
        while (parent != null && parent.kind() == FlowBlock.Kind.NODE && hops++ < byId.size()) {
            parent = parent.parentId() == null ? null : byId.get(parent.parentId());
        }
        return parent == null ? null : parent.id();
    }

    private StageTiming.Builder stage(final FlowBlock block, final int depth) {
        if (count >= MAX_STAGES) {
            return null;
        }
        count++;
        long wall = Math.max(0, end(block) - block.startMillis());
        long pause = Math.min(wall, pauseWithin(block));
        StageTiming.Builder stage = StageTiming.builder(name(block)).start(Instant.ofEpochMilli(block.startMillis()))
                .duration(Duration.ofMillis(wall - pause)).pause(Duration.ofMillis(pause)).status(status(block));
        if (depth < MAX_DEPTH) {
            for (FlowBlock child : children.getOrDefault(block.id(), List.of())) {
                StageTiming.Builder nested = stage(child, depth + 1);
                if (nested != null) {
                    stage.child(nested);
                }
            }
        }
        return stage;
    }

    private long end(final FlowBlock block) {
        return block.hasEnded() ? block.endMillis() : Math.max(block.startMillis(), buildEnd);
    }

    /** The block's own pause plus that of every block inside it, node blocks included (memoised). */
    private long pauseWithin(final FlowBlock block) {
        Long known = pauses.get(block.id());
        if (known != null) {
            return known;
        }
        pauses.put(block.id(), block.pauseMillis()); // a cycle in bad input ends here
        long pause = block.pauseMillis();
        for (FlowBlock inner : contents.getOrDefault(block.id(), List.of())) {
            pause += pauseWithin(inner);
        }
        pauses.put(block.id(), pause);
        return pause;
    }

    private static String name(final FlowBlock block) {
        String name = block.name().isBlank() ? "(unnamed)" : block.name();
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** As pipeline-stage-view ranks them: skipped, then aborted, failed, unstable; unknown while running. */
    static StageStatus status(final FlowBlock block) {
        FlowBlock.Facts facts = block.facts();
        if (facts.skipped()) {
            return StageStatus.NOT_EXECUTED;
        }
        if (facts.aborted()) {
            return StageStatus.ABORTED;
        }
        if (facts.error()) {
            return StageStatus.FAILED;
        }
        if (facts.unstable()) {
            return StageStatus.UNSTABLE;
        }
        return block.hasEnded() ? StageStatus.SUCCESS : StageStatus.UNKNOWN;
    }
}
