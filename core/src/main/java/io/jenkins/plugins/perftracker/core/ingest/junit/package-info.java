/** JUnit XML reports as Surefire, Gradle, pytest and most other test runners write them. */
package io.jenkins.plugins.perftracker.core.ingest.junit;
