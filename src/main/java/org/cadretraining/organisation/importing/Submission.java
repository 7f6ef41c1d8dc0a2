package org.cadretraining.organisation.importing;

import java.nio.file.Path;
import org.cadretraining.shared.CurrentUser;

/** An accepted upload waiting in a temporary file for its job to run, with the person it runs for. */
record Submission(long jobId, ImportKind kind, FileType type, Path file, CurrentUser user) {}
