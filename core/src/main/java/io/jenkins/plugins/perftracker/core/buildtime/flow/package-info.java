/**
 * A Pipeline's flow graph as plain blocks (stages, parallel branches, node blocks) and what the record makes of
 * it: the stage tree with pauses and statuses, the agent, and the trigger from the build's causes.
 */
package io.jenkins.plugins.perftracker.core.buildtime.flow;
