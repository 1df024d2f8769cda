package io.jenkins.plugins.perftracker.core.store;

import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.model.PerfTestBuilder;

/**
 * One test: its identity, unit and direction, scores as space-separated numbers, times as ISO-8601 text and
 * its messages; only the fields that differ from the model's defaults are written.
 */
final class PerfTestConverter extends RecordConverter<PerfTest, PerfTestBuilder> {
    static final String ELEMENT = "test";

    private final MessagesConverter messages = new MessagesConverter();
    private final FieldTable<PerfTest, PerfTestBuilder> fields = new FieldTable<PerfTest, PerfTestBuilder>()
            .add("seq-num", t -> t.getSeqNum() != 0, (t, w) -> w.setValue(String.valueOf(t.getSeqNum())),
                    (b, r) -> b.seqNum(XmlValues.parseInt(r.getValue())))
            .text("uuid", PerfTest::getUuid, PerfTestBuilder::uuid)
            .text("group", PerfTest::getGroup, PerfTestBuilder::group)
            .text("tag", PerfTest::getTag, PerfTestBuilder::tag)
            .text("category", PerfTest::getCategory, PerfTestBuilder::category)
            .text("binary", PerfTest::getBinary, PerfTestBuilder::binary)
            .text("cmdline", PerfTest::getCmdline, PerfTestBuilder::cmdline)
            .text("description", PerfTest::getDescription, PerfTestBuilder::description)
            .text("unit", PerfTest::getUnit, PerfTestBuilder::unit)
            .add("less-is-better", PerfTest::isLessIsBetter, (t, w) -> w.setValue("true"),
                    (b, r) -> b.lessIsBetter(XmlValues.parseBoolean(r.getValue())))
            .add("scores", t -> t.getScoreCount() > 0, (t, w) -> w.setValue(XmlValues.doubles(t.getScores())),
                    (b, r) -> b.scores(XmlValues.parseDoubles(r.getValue())))
            .add("scores-rejected", t -> t.getScoresRejected().length > 0,
                    (t, w) -> w.setValue(XmlValues.doubles(t.getScoresRejected())),
                    (b, r) -> b.scoresRejected(XmlValues.parseDoubles(r.getValue())))
            .add("deviations", t -> t.getDeviations().length > 0,
                    (t, w) -> w.setValue(XmlValues.doubles(t.getDeviations())),
                    (b, r) -> b.deviations(XmlValues.parseDoubles(r.getValue())))
            .add("deviations-rejected", t -> t.getDeviationsRejected().length > 0,
                    (t, w) -> w.setValue(XmlValues.doubles(t.getDeviationsRejected())),
                    (b, r) -> b.deviationsRejected(XmlValues.parseDoubles(r.getValue())))
            .add("samples", t -> t.getSampleCount() != t.getScoreCount(),
                    (t, w) -> w.setValue(String.valueOf(t.getSampleCount())),
                    (b, r) -> b.sampleCount(XmlValues.parseInt(r.getValue())))
            .add("loops", t -> t.getLoops() != 0, (t, w) -> w.setValue(String.valueOf(t.getLoops())),
                    (b, r) -> b.loops(XmlValues.parseLong(r.getValue())))
            .add("duration-sec", t -> t.getDurationSec() != 0,
                    (t, w) -> w.setValue(String.valueOf(t.getDurationSec())),
                    (b, r) -> b.durationSec(XmlValues.parseDouble(r.getValue(), "duration")))
            .add("begin", t -> t.getBegin() != null, (t, w) -> w.setValue(t.getBegin().toString()),
                    (b, r) -> b.begin(XmlValues.parseTime(r.getValue())))
            .add("end", t -> t.getEnd() != null, (t, w) -> w.setValue(t.getEnd().toString()),
                    (b, r) -> b.end(XmlValues.parseTime(r.getValue())))
            .add("status", t -> t.getStatus() != Status.SUCCESS, (t, w) -> w.setValue(t.getStatus().name()),
                    (b, r) -> b.status(Status.parse("status", r.getValue())))
            .add("errors", t -> !t.getErrors().isEmpty(), (t, w) -> messages.write(t.getErrors(), w),
                    (b, r) -> b.errors(messages.read(r)))
            .add("warnings", t -> !t.getWarnings().isEmpty(), (t, w) -> messages.write(t.getWarnings(), w),
                    (b, r) -> b.warnings(messages.read(r)))
            .add("links", t -> !t.getLinks().isEmpty(), (t, w) -> XmlValues.writeMap(t.getLinks(), w),
                    (b, r) -> b.links(XmlValues.readMap(r)))
            .add("attribs", t -> !t.getAttribs().isEmpty(), (t, w) -> XmlValues.writeMap(t.getAttribs(), w),
                    (b, r) -> b.attribs(XmlValues.readMap(r)));

    PerfTestConverter() {
        super(PerfTest.class);
    }

    @Override
    FieldTable<PerfTest, PerfTestBuilder> fields() {
        return fields;
    }

    @Override
    PerfTestBuilder newBuilder() {
        return new PerfTestBuilder();
    }

    @Override
    PerfTest build(final PerfTestBuilder builder) {
        return builder.build();
    }
}
