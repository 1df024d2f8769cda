package io.jenkins.plugins.perftracker.core.ingest.custom;

import io.jenkins.plugins.perftracker.core.ingest.ResultReader;

class CustomSmallerReaderTest extends AbstractForcedDirectionReaderTest {
    @Override
    protected ResultReader createReader() {
        return CustomBenchmarkReader.smaller();
    }

    @Override
    protected boolean lessIsBetter() {
        return true;
    }

    @Override
    protected String expectedId() {
        return "custom-smaller";
    }
}
