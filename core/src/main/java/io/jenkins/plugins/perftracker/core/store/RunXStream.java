package io.jenkins.plugins.perftracker.core.store;

import com.thoughtworks.xstream.XStream;

import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

/**
 * The one XStream setup of run records, applied both to the engine's own XStream ({@link RunRecordCodec}) and by
 * the plugin to Jenkins' XStream2 (of its {@code XmlFile}), so both read and write the same XML.
 */
public final class RunXStream {
    /** The element of a run record's root. */
    public static final String ROOT = "perftracker-run";
    /** The record-format version written on the root element's {@code format} attribute. */
    public static final int FORMAT_VERSION = PerfRunConverter.FORMAT_VERSION;

    private static final Class<?>[] TYPES = {PerfRun.class, PerfTest.class, EnvNode.class, Messages.class};

    private RunXStream() {
    }

    /**
     * Registers the aliases, the compact converters and the allowlist of exactly the run record's types.
     * It denies nothing else, so that it can be applied to a shared XStream such as Jenkins'; a stand-alone
     * XStream should first deny everything, as {@link RunRecordCodec} does.
     */
    public static void configure(final XStream xstream) {
        xstream.alias(ROOT, PerfRun.class);
        xstream.alias(PerfTestConverter.ELEMENT, PerfTest.class);
        xstream.alias(EnvNodeConverter.ELEMENT, EnvNode.class);
        xstream.alias("messages", Messages.class);
        xstream.registerConverter(new PerfRunConverter(), XStream.PRIORITY_VERY_HIGH);
        xstream.registerConverter(new PerfTestConverter(), XStream.PRIORITY_VERY_HIGH);
        xstream.registerConverter(new EnvNodeConverter(), XStream.PRIORITY_VERY_HIGH);
        xstream.registerConverter(new MessagesConverter(), XStream.PRIORITY_VERY_HIGH);
        xstream.allowTypes(allowedTypes());
    }

    /** The classes a run record may name; a copy. */
    public static Class<?>[] allowedTypes() {
        return TYPES.clone();
    }
}
