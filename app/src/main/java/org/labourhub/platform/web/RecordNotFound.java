package org.labourhub.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Thrown when a URL names a record that does not exist; the reader gets the 404 page in their language. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String recordType, Object id) {
        super(recordType + " " + id + " does not exist");
    }
}
