package org.labourhub.projects;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** A file above the upload limit is refused before any of it is kept; the import page says so. */
@ControllerAdvice
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String refuse() {
        return "redirect:/projects/import?tooLarge";
    }
}
