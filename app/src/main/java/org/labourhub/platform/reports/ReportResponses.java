package org.labourhub.platform.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Serves a report in the format the reader asked for with {@code ?format=html|docx|pdf}: the web page, or a
 * download with the right content type and a file name. Any module's report endpoint ends with {@link #serve}.
 */
@Component
public class ReportResponses {

    static final String VIEW = "reports/report";

    /** The format named by {@code ?format=}; an unknown one is refused with 400. */
    public static ReportFormat format(String code) {
        return ReportFormat.parse(code).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown report format: " + code));
    }

    /**
     * @param fileName the download's name without extension, e.g. "plan-3-annex"; reduced to safe characters
     * @return the page view for HTML; null once a download has been written to the response
     */
    public ModelAndView serve(Report report, ReportFormat format, String fileName, HttpServletRequest request,
                              HttpServletResponse response) throws IOException {
        if (format == ReportFormat.HTML) {
            var page = new ModelAndView(VIEW);
            page.addObject("report", report);
            page.addObject("downloads", downloads(request));
            return page;
        }
        var bytes = new ByteArrayOutputStream(128 * 1024);
        render(report, format, RequestContextUtils.getLocale(request), bytes);
        response.setContentType(format.contentType());
        response.setContentLength(bytes.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(safe(fileName) + "." + format.extension(), StandardCharsets.UTF_8).build().toString());
        bytes.writeTo(response.getOutputStream());
        return null;
    }

    /** Writes the report as a Word document or a PDF (for HTML, use the page). */
    public static void render(Report report, ReportFormat format, Locale locale, java.io.OutputStream out) {
        switch (format) {
            case DOCX -> WordDocument.write(report, out);
            case PDF -> PdfDocument.write(report, locale.getLanguage(), out);
            case HTML -> throw new IllegalArgumentException("HTML reports are rendered by the page template");
        }
    }

    private static Map<String, String> downloads(HttpServletRequest request) {
        var links = new LinkedHashMap<String, String>();
        for (ReportFormat f : new ReportFormat[]{ReportFormat.DOCX, ReportFormat.PDF}) {
            links.put(f.extension(), UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                    .replaceQueryParam("format", f.extension()).replaceQueryParam("lang").build().toUriString());
        }
        return links;
    }

    static String safe(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return folded.isEmpty() ? "report" : folded;
    }
}
