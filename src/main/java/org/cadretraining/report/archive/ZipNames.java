package org.cadretraining.report.archive;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cadretraining.report.archive.CourseArchive.FileRow;
import org.cadretraining.report.archive.CourseArchive.Reflection;

/**
 * Names inside the archive's ZIP: a folder per kind, a number so that two files of the same name both stay, and
 * the uploaded name cleaned of anything that could leave the folder or confuse an unzipping program.
 */
final class ZipNames {

    private ZipNames() {}

    static String pdf(long courseId) {
        return "course-" + courseId + "-archive.pdf";
    }

    static String file(FileRow file, int number) {
        String folder = ArchiveRecords.PHOTO.equals(file.kind()) ? "photos/" : "materials/";
        return folder + "%03d-%s".formatted(number, clean(file.fileName()));
    }

    static String reflection(Reflection reflection) {
        return "reflections/" + clean(reflection.name().zh()) + "-" + reflection.cadreId() + ".txt";
    }

    static byte[] text(Reflection reflection, Locale locale) {
        return (reflection.name().in(locale) + "\n" + reflection.submittedAt() + "\n\n" + reflection.body() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** No folders, no control characters, no leading dots; at most 120 characters; never empty. */
    static String clean(String name) {
        String cleaned = name == null
                ? ""
                : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        cleaned = cleaned.replaceFirst("^\\.+", "");
        if (cleaned.length() > 120) {
            cleaned = cleaned.substring(cleaned.length() - 120);
        }
        return cleaned.isEmpty() ? "file" : cleaned;
    }
}
