package io.jenkins.plugins.perftracker.core.store;

import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * A whole run, the root of a build record. Its element carries the record-format version; a newer version is
 * read as far as this one understands it (unknown elements are skipped), a missing attribute means version 1.
 */
final class PerfRunConverter extends RecordConverter<PerfRun, PerfRunBuilder> {
    /** The version this code writes; raise it when the meaning of an existing element changes. */
    static final int FORMAT_VERSION = 1;
    static final String FORMAT = "format";

    private final EnvNodeConverter envNodes = new EnvNodeConverter();
    private final PerfTestConverter tests = new PerfTestConverter();
    private final FieldTable<PerfRun, PerfRunBuilder> fields = new FieldTable<PerfRun, PerfRunBuilder>()
            .text("uuid", PerfRun::getUuid, PerfRunBuilder::uuid)
            .text("project", PerfRun::getProjectName, PerfRunBuilder::projectName)
            .text("title", PerfRun::getTitle, PerfRunBuilder::title)
            .text("cmdline", PerfRun::getCmdline, PerfRunBuilder::cmdline)
            .text("suite-name", PerfRun::getSuiteName, PerfRunBuilder::suiteName)
            .text("suite-ver", PerfRun::getSuiteVer, PerfRunBuilder::suiteVer)
            .text("author", PerfRun::getAuthor, PerfRunBuilder::author)
            .text("product-name", PerfRun::getProductName, PerfRunBuilder::productName)
            .text("product-ver", PerfRun::getProductVer, PerfRunBuilder::productVer)
            .text("regression-tag", PerfRun::getRegressionTag, PerfRunBuilder::regressionTag)
            .add("begin", r -> r.getBegin() != null, (r, w) -> w.setValue(r.getBegin().toString()),
                    (b, r) -> b.begin(XmlValues.parseTime(r.getValue())))
            .add("end", r -> r.getEnd() != null, (r, w) -> w.setValue(r.getEnd().toString()),
                    (b, r) -> b.end(XmlValues.parseTime(r.getValue())))
            .add("duration-sec", r -> r.getDurationSec() != 0,
                    (r, w) -> w.setValue(String.valueOf(r.getDurationSec())),
                    (b, r) -> b.durationSec(XmlValues.parseDouble(r.getValue(), "duration")))
            .add("append", PerfRun::isAppend, (r, w) -> w.setValue("true"),
                    (b, r) -> b.append(XmlValues.parseBoolean(r.getValue())))
            .add("edited", PerfRun::isEdited, (r, w) -> w.setValue("true"),
                    (b, r) -> b.edited(XmlValues.parseBoolean(r.getValue())))
            .add("links", r -> !r.getLinks().isEmpty(), (r, w) -> XmlValues.writeMap(r.getLinks(), w),
                    (b, r) -> b.links(XmlValues.readMap(r)))
            .add("attributes", r -> !r.getAttributes().isEmpty(),
                    (r, w) -> XmlValues.writeMap(r.getAttributes(), w), (b, r) -> b.attributes(XmlValues.readMap(r)))
            .add("artifacts", r -> !r.getArtifacts().isEmpty(),
                    (r, w) -> XmlValues.writeTexts("path", r.getArtifacts(), w),
                    (b, r) -> b.artifacts(XmlValues.readTexts("path", r)))
            .add("env-nodes", r -> !r.getEnvNodes().isEmpty(),
                    (r, w) -> envNodes.writeList(EnvNodeConverter.ELEMENT, r.getEnvNodes(), w),
                    (b, r) -> b.envNodes(envNodes.readList(EnvNodeConverter.ELEMENT, r)))
            .add("tests", r -> !r.getTests().isEmpty(),
                    (r, w) -> tests.writeList(PerfTestConverter.ELEMENT, r.getTests(), w),
                    (b, r) -> tests.readList(PerfTestConverter.ELEMENT, r).forEach(b::addTest));

    PerfRunConverter() {
        super(PerfRun.class);
    }

    @Override
    void write(final PerfRun run, final HierarchicalStreamWriter writer) {
        writer.addAttribute(FORMAT, String.valueOf(FORMAT_VERSION));
        super.write(run, writer);
    }

    @Override
    PerfRun read(final HierarchicalStreamReader reader) {
        String format = reader.getAttribute(FORMAT);
        if (format != null && !format.matches("[1-9][0-9]{0,8}")) {
            throw new RecordFormatException("@" + FORMAT, "a positive record-format version expected but was '"
                    + format + "'", null);
        }
        return super.read(reader);
    }

    @Override
    FieldTable<PerfRun, PerfRunBuilder> fields() {
        return fields;
    }

    @Override
    PerfRunBuilder newBuilder() {
        return new PerfRunBuilder();
    }

    @Override
    PerfRun build(final PerfRunBuilder builder) {
        return builder.build();
    }
}
