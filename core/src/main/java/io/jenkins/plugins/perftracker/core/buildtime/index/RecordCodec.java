package io.jenkins.plugins.perftracker.core.buildtime.index;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.buildtime.Agent;
import io.jenkins.plugins.perftracker.core.buildtime.BuildMatrix;
import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecordBuilder;
import io.jenkins.plugins.perftracker.core.buildtime.StageStatus;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;
import io.jenkins.plugins.perftracker.core.buildtime.Trigger;

/**
 * A compact binary form of a {@link BuildTimeRecord}, field by field (no Java serialisation: the index is read
 * back without trusting it to name classes). Decoding goes through the record's builder, so a decoded record is
 * validated like any other. Enums are stored by ordinal: their constants may be appended to, never reordered.
 */
final class RecordCodec {
    private static final int MAX_STAGE_CHILDREN = 10_000;

    private RecordCodec() {
    }

    static void write(final DataOutput out, final BuildTimeRecord record) throws IOException {
        out.writeUTF(record.getRepo());
        out.writeUTF(record.getBranch());
        out.writeUTF(record.getCiPlatform());
        out.writeByte(record.getResult().ordinal());
        out.writeByte(record.getTrigger() == null ? -1 : record.getTrigger().ordinal());
        out.writeBoolean(record.getAgent() != null);
        if (record.getAgent() != null) {
            out.writeUTF(record.getAgent().getHostname());
            out.writeUTF(record.getAgent().getOs());
        }
        Map<String, String> axes = record.getMatrix().getAxes();
        out.writeByte(axes.size());
        for (Map.Entry<String, String> axis : axes.entrySet()) {
            out.writeUTF(axis.getKey());
            out.writeUTF(axis.getValue());
        }
        writeInstant(out, record.getQueuedAt());
        writeInstant(out, record.getStartedAt());
        writeInstant(out, record.getFinishedAt());
        writeDuration(out, record.getDuration());
        out.writeInt(record.getStages().size());
        for (StageTiming stage : record.getStages()) {
            writeStage(out, stage);
        }
    }

    /** Reads what {@link #write} wrote; the build and job numbers come from the frame's header. */
    static BuildTimeRecord read(final DataInput in, final String build, final String job) throws IOException {
        BuildTimeRecordBuilder builder = BuildTimeRecord.builder().build(build).job(job).repo(in.readUTF())
                .branch(in.readUTF()).ciPlatform(in.readUTF()).result(enumAt(BuildResult.values(), in.readByte()));
        int trigger = in.readByte();
        builder.trigger(trigger < 0 ? null : enumAt(Trigger.values(), trigger));
        if (in.readBoolean()) {
            builder.agent(Agent.of(in.readUTF(), in.readUTF()));
        }
        int axisCount = in.readUnsignedByte();
        Map<String, String> axes = new LinkedHashMap<>();
        for (int i = 0; i < axisCount; i++) {
            axes.put(in.readUTF(), in.readUTF());
        }
        builder.matrix(BuildMatrix.of(axes)).queuedAt(readInstant(in)).startedAt(readInstant(in))
                .finishedAt(readInstant(in)).duration(readDuration(in));
        int stageCount = count(in.readInt());
        for (int i = 0; i < stageCount; i++) {
            builder.stage(readStage(in, 0));
        }
        return builder.build();
    }

    private static void writeStage(final DataOutput out, final StageTiming stage) throws IOException {
        out.writeUTF(stage.getName());
        out.writeUTF(stage.getCommand());
        writeInstant(out, stage.getStart());
        writeDuration(out, stage.getDuration());
        writeDuration(out, stage.getPause());
        out.writeByte(stage.getStatus().ordinal());
        out.writeInt(stage.getChildren().size());
        for (StageTiming child : stage.getChildren()) {
            writeStage(out, child);
        }
    }

    private static StageTiming.Builder readStage(final DataInput in, final int depth) throws IOException {
        if (depth > 64) {
            throw new IllegalArgumentException("stages nested deeper than any record allows");
        }
        StageTiming.Builder stage = StageTiming.builder(in.readUTF()).command(in.readUTF()).start(readInstant(in))
                .duration(readDuration(in)).pause(readDuration(in))
                .status(enumAt(StageStatus.values(), in.readByte()));
        int children = count(in.readInt());
        for (int i = 0; i < children; i++) {
            stage.child(readStage(in, depth + 1));
        }
        return stage;
    }

    private static void writeInstant(final DataOutput out, final Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }
    }

    private static Instant readInstant(final DataInput in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    private static void writeDuration(final DataOutput out, final Duration duration) throws IOException {
        out.writeLong(duration.getSeconds());
        out.writeInt(duration.getNano());
    }

    private static Duration readDuration(final DataInput in) throws IOException {
        return Duration.ofSeconds(in.readLong(), in.readInt());
    }

    private static int count(final int count) {
        if (count < 0 || count > MAX_STAGE_CHILDREN) {
            throw new IllegalArgumentException("a stage count of " + count + " is out of range");
        }
        return count;
    }

    private static <E extends Enum<E>> E enumAt(final E[] values, final int ordinal) {
        if (ordinal < 0 || ordinal >= values.length) {
            throw new IllegalArgumentException("no " + values[0].getDeclaringClass().getSimpleName() + " number "
                    + ordinal);
        }
        return values[ordinal];
    }
}
