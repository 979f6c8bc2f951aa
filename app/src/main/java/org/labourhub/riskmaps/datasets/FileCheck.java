package org.labourhub.riskmaps.datasets;

import org.labourhub.platform.i18n.Formats;
import org.labourhub.riskmaps.DatasetFormat;
import org.springframework.context.MessageSource;
import org.springframework.web.multipart.MultipartFile;

import java.util.Locale;

/** What is wrong with an uploaded file before it is read: none chosen, a format not read, empty, too large. */
record FileCheck(MessageSource messages, long limit) {

    /** The problem in the reader's language, or null when the file may be read. */
    String problem(MultipartFile file, String fileName, Locale locale) {
        if (file == null || fileName == null) {
            return messages.getMessage("riskmaps.datasets.fileMissing", null, locale);
        }
        if (DatasetFormat.claimedBy(fileName).isEmpty()) {
            return messages.getMessage("riskmaps.datasets.unknownFormat", new Object[] {fileName}, locale);
        }
        if (file.isEmpty()) {
            return messages.getMessage("riskmaps.datasets.empty", new Object[] {fileName}, locale);
        }
        if (file.getSize() > limit) {
            var formats = Formats.of(locale, messages);
            return messages.getMessage("riskmaps.datasets.tooLarge",
                    new Object[] {fileName, formats.fileSize(file.getSize()), formats.fileSize(limit)}, locale);
        }
        return null;
    }
}
