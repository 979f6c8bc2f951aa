package org.labourhub.projects.importing.iati;

import org.labourhub.projects.ProjectReader;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Streams projects as an IATI 2.03 file, reading them a few hundred at a time so any result size fits in memory; an
 * imported activity comes back as its source wrote it wherever it is unchanged (see {@link IatiActivityWriter}).
 */
public final class IatiDownload {

    private static final int CHUNK = 200;

    private IatiDownload() {
    }

    public static ResponseEntity<StreamingResponseBody> of(String name, List<Long> ids, ProjectReader reader) {
        StreamingResponseBody body = out -> {
            try (var writer = new IatiActivityWriter(out)) {
                for (int from = 0; from < ids.size(); from += CHUNK) {
                    List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                    Map<Long, ProjectReader.Published> published = reader.published(chunk);
                    for (var project : reader.many(chunk).entrySet()) {
                        var p = published.get(project.getKey());
                        writer.write(project.getValue(), p.updatedAt(), p.kept());
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
