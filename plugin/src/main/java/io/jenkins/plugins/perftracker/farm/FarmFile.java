package io.jenkins.plugins.perftracker.farm;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import hudson.util.AtomicFileWriter;

import io.jenkins.plugins.perftracker.core.farm.FarmException;
import io.jenkins.plugins.perftracker.core.farm.FarmListener;
import io.jenkins.plugins.perftracker.core.farm.FarmLockManager;
import io.jenkins.plugins.perftracker.core.farm.FarmXmlCodec;
import io.jenkins.plugins.perftracker.core.farm.HistoryPolicy;

/**
 * The farm's file: read at startup keeping the history the policy allows, written after every change through
 * Jenkins' {@link AtomicFileWriter} (a temporary file renamed into place, so a crash never leaves half a file).
 * A file that cannot be read is moved aside, never overwritten, and the farm starts empty.
 */
final class FarmFile implements FarmListener {
    private static final Logger LOGGER = Logger.getLogger(FarmFile.class.getName());

    private final File file;
    private final FarmXmlCodec codec = new FarmXmlCodec();
    private volatile FarmLockManager farm; // the one this file was loaded into

    FarmFile(final File file) {
        this.file = file;
    }

    FarmLockManager load(final Clock clock, final HistoryPolicy policy) {
        FarmLockManager loaded = new FarmLockManager(clock);
        if (file.isFile()) {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                FarmXmlCodec.Loaded read = codec.read(in, file.getName(), policy, clock.instant());
                loaded = FarmLockManager.restore(read.farm(), clock);
                if (read.droppedLocks() > 0) {
                    LOGGER.info(() -> file + ": dropped " + read.droppedLocks() + " ended locks (" + policy + ")");
                }
            }
            catch (IOException | FarmException e) {
                File aside = new File(file.getPath() + ".unreadable-" + Instant.now().toEpochMilli());
                LOGGER.log(Level.SEVERE, "The farm file " + file + " cannot be read; it is kept as " + aside
                        + " and the farm starts empty", e);
                moveAside(aside);
            }
        }
        loaded.setHistoryPolicy(policy);
        this.farm = loaded;
        return loaded;
    }

    private void moveAside(final File aside) {
        try {
            Files.move(file.toPath(), aside.toPath(), StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            LOGGER.log(Level.SEVERE, "Cannot move " + file + " aside", e);
        }
    }

    /** Saves after every change; called by the manager one event at a time. */
    @Override
    public void changed() {
        save();
    }

    void save() {
        try {
            AtomicFileWriter writer = new AtomicFileWriter(file.toPath(), StandardCharsets.UTF_8);
            try {
                codec.write(farm.snapshot(), writer);
                writer.commit();
            }
            finally {
                writer.abort(); // no-op after commit
            }
        }
        catch (IOException e) {
            LOGGER.log(Level.WARNING, "Cannot save the farm to " + file, e);
        }
    }
}
