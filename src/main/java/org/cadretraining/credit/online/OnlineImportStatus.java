package org.cadretraining.credit.online;

/** Where an import is: being checked, checked and waiting for the word to write, refused, writing, done, failed. */
enum OnlineImportStatus {
    CHECKING,
    CHECKED,
    REJECTED,
    WRITING,
    DONE,
    FAILED;

    boolean isRunning() {
        return this == CHECKING || this == WRITING;
    }
}
