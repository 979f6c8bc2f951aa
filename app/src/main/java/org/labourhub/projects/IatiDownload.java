package org.labourhub.projects;

import org.labourhub.projects.iati.IatiActivityWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.time.OffsetDateTime;
import java.util.List;

/** Streams projects as an IATI 2.03 file, reading them a few hundred at a time so any result size fits in memory. */
final class IatiDownload {

    private static final int CHUNK = 200;

    private IatiDownload() {
    }

    static ResponseEntity<StreamingResponseBody> of(String name, List<Long> ids, ProjectReader reader, OffsetDateTime updated) {
        StreamingResponseBody body = out -> {
            try (var writer = new IatiActivityWriter(out)) {
                for (int from = 0; from < ids.size(); from += CHUNK) {
                    for (Project project : reader.many(ids.subList(from, Math.min(ids.size(), from + CHUNK))).values()) {
                        if (project.iatiIdentifier() != null) {
                            writer.write(project, updated == null ? OffsetDateTime.now() : updated);
                        }
                    }
                }
            } catch (javax.xml.stream.XMLStreamException e) {
                throw new java.io.IOException(e);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".xml").build().toString())
                .body(body);
    }
}
