/**
 * Travis CI job logs and job data, read exactly as Buildtime Trend (buildtimetrend/python-lib
 * {@code travis/parser.py}, {@code travis/substage.py}) read them, turned into build-time records.
 */
package io.jenkins.plugins.perftracker.core.buildtime.travis;
