package io.jenkins.plugins.perftracker.buildtime;

import java.util.List;

import hudson.FilePath;
import hudson.model.Result;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

import static org.assertj.core.api.Assertions.*;

/** {@code perftrackerBuildTime}: each file format, the matrix option, and bad input. */
@WithJenkins
class BuildTimeStepTest {
    private static void sample(final JenkinsRule j, final WorkflowJob job, final String name, final String as)
            throws Exception {
        FilePath workspace = j.jenkins.getWorkspaceFor(job);
        workspace.child(as).copyFrom(BuildTimeStepTest.class.getResource(name));
    }

    @Test
    void shouldImportEachFormatIntoTheBuildsRecordsWithTheMatrixCell(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "import");
        sample(j, job, "testsample_timestamps.csv", "bt/stages.csv");
        sample(j, job, "testsample_buildtimes.xml", "bt/buildtimes.xml");
        sample(j, job, "test_sample_travis_time_tags", "bt/job.log");
        job.setDefinition(new CpsFlowDefinition("node { stage('Measure') {\n"
                + "  def n = perftrackerBuildTime files: 'bt/*', matrix: [os: 'linux', jdk: '17']\n"
                + "  echo \"records=${n}\"\n"
                + "} }", true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        j.assertLogContains("records=2", run);
        List<BuildTimeRecord> records = run.getAction(BuildTimeAction.class).getRecords();
        assertThat(records).extracting(BuildTimeRecord::getJob).containsExactlyInAnyOrder("1.17-linux",
                "1.17-linux.1", "1");
        BuildTimeRecord own = records.stream().filter(r -> r.getJob().equals("1.17-linux")).findFirst().orElseThrow();
        assertThat(own.getMatrix().getSummary()).isEqualTo("17 linux");
        assertThat(own.getStages()).extracting(StageTiming::getName).contains("Measure", "stage1", "stage2",
                "stage3", "10", "11.1");
        BuildTimeRecord travis = records.stream().filter(r -> r.getJob().equals("1.17-linux.1")).findFirst()
                .orElseThrow();
        assertThat(travis.getCiPlatform()).isEqualTo("travis");
        assertThat(travis.getStages()).hasSize(4);
        assertThat(BuildTimeIndexes.all(job)).hasSize(3);
    }

    @Test
    void shouldRecordWithoutFilesOutsideANodeAndKeepItsRecordAtCompletion(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "own");
        job.setDefinition(new CpsFlowDefinition("stage('A') { perftrackerBuildTime stages: false }\n"
                + "stage('B') { unstable 'later' }", true));

        WorkflowRun run = j.buildAndAssertStatus(Result.UNSTABLE, job);

        List<BuildTimeRecord> records = run.getAction(BuildTimeAction.class).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).getStages()).as("the step's record, not replaced at completion").isEmpty();
        assertThat(records.get(0).getResult()).as("but with the build's final result").isEqualTo(BuildResult.FAILED);
        assertThat(BuildTimeIndexes.all(job).get(0).getResult()).isEqualTo(BuildResult.FAILED);
    }

    @Test
    void shouldFailWithTheFileAndLineOfABadCsvOrAnEmptyMatch(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "bad");
        j.jenkins.getWorkspaceFor(job).child("bad.csv").write("\"a\",\"12\"\n\"b\",\"x\"\n", "UTF-8");
        job.setDefinition(new CpsFlowDefinition("node { perftrackerBuildTime files: 'bad.csv' }", true));
        j.assertLogContains("bad.csv", j.buildAndAssertStatus(Result.FAILURE, job));

        job.setDefinition(new CpsFlowDefinition("node { perftrackerBuildTime files: 'none/*.csv' }", true));
        j.assertLogContains("no file matches files: 'none/*.csv'", j.buildAndAssertStatus(Result.FAILURE, job));

        job.setDefinition(new CpsFlowDefinition("perftrackerBuildTime files: 'x.csv'", true));
        j.assertLogContains("inside node", j.buildAndAssertStatus(Result.FAILURE, job));

        job.setDefinition(new CpsFlowDefinition("perftrackerBuildTime format: 'keen'", true));
        j.assertLogContains("auto, csv, xml, travis", j.buildAndAssertStatus(Result.FAILURE, job));
    }

    @Test
    void shouldOfferTheFormatsAndCheckTheMatrixInTheSnippetGenerator(final JenkinsRule j) {
        PerftrackerBuildTimeStep.DescriptorImpl descriptor = j.jenkins.getDescriptorByType(
                PerftrackerBuildTimeStep.DescriptorImpl.class);

        assertThat(descriptor.doFillFormatItems()).extracting(o -> o.value).containsExactly("auto", "csv", "xml",
                "travis");
        assertThat(descriptor.doCheckMatrix("os=linux, jdk=17").kind).isEqualTo(hudson.util.FormValidation.Kind.OK);
        assertThat(descriptor.doCheckMatrix("os linux").kind).isEqualTo(hudson.util.FormValidation.Kind.ERROR);
    }
}
