package io.jenkins.plugins.perftracker.buildtime;

import hudson.Extension;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.listeners.ItemListener;

/** Closes a job's open build-time index when the job is deleted, renamed or moved (its folder changes). */
@Extension
public class IndexFiles extends ItemListener {
    @Override
    public void onDeleted(final Item item) {
        if (item instanceof Job) {
            BuildTimeIndexes.forget(((Job<?, ?>) item).getRootDir().toPath());
        }
    }

    @Override
    public void onLocationChanged(final Item item, final String oldFullName, final String newFullName) {
        if (item instanceof Job) {
            // the folder has moved already: forget every open index, the next use opens them where they lie
            BuildTimeIndexes.forgetAll();
        }
    }
}
