package org.labourhub.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.io.IOException;

/**
 * Should a too-large upload still reach a controller (OversizedUploads refuses it before), it goes back to its page
 * the same way, never to the container's 413 page.
 */
@ControllerAdvice
class UploadTooLarge {

    private final OversizedUploads uploads;

    UploadTooLarge(OversizedUploads uploads) {
        this.uploads = uploads;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(uploads.back(request));
    }
}
