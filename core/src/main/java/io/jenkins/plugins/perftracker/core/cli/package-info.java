/** The command line: {@code perftracker ingest|compare|detect|report|badge …}; see docs/cli.md. */
package io.jenkins.plugins.perftracker.core.cli;
