package io.jenkins.plugins.perftracker.core.ingest.custom;

import io.jenkins.plugins.perftracker.core.ingest.ResultReader;

class CustomBiggerReaderTest extends AbstractForcedDirectionReaderTest {
    @Override
    protected ResultReader createReader() {
        return CustomBenchmarkReader.bigger();
    }

    @Override
    protected boolean lessIsBetter() {
        return false;
    }

    @Override
    protected String expectedId() {
        return "custom-bigger";
    }
}
