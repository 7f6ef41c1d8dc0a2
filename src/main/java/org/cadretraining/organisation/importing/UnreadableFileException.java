package org.cadretraining.organisation.importing;

import java.io.IOException;

/** The file is not what its name promised (a damaged workbook, a CSV with an unclosed quote). */
class UnreadableFileException extends IOException {

    UnreadableFileException(Throwable cause) {
        super(cause);
    }
}
