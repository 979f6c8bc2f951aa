package org.labourhub.platform.web;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.MeasureUnit;
import jakarta.servlet.MultipartConfigElement;
import org.labourhub.platform.i18n.Language;
import org.springframework.stereotype.Component;

import java.math.RoundingMode;
import java.util.Locale;

/**
 * The largest upload this node accepts ({@code spring.servlet.multipart.*}, set by LABOURHUB_MAX_UPLOAD) and how a
 * page says it. A refused upload comes back to its page with {@code ?tooLarge=<bytes sent>}; the page includes
 * {@code fragments/upload :: tooLarge}, which gives the limit and the file's size in the reader's language, in the
 * binary units the setting and the reader's file manager use ("200 MB" for 200MB).
 */
@Component
public class UploadLimit {

    private final long fileBytes;
    private final long requestBytes;

    UploadLimit(MultipartConfigElement multipart) {
        this.fileBytes = multipart.getMaxFileSize();
        this.requestBytes = multipart.getMaxRequestSize();
    }

    /** Whether a request body of this many bytes is refused before any of it is read (-1: length unknown). */
    boolean refuses(long sent) {
        return requestBytes >= 0 && sent > requestBytes;
    }

    /** The limit a reader is told: the smaller of the file and the request limit. */
    long bytes() {
        if (fileBytes < 0 || requestBytes < 0) {
            return Math.max(fileBytes, requestBytes);
        }
        return Math.min(fileBytes, requestBytes);
    }

    /** The refusal's message arguments: the limit, then the size sent when {@code sent} (the flag's value) gives it. */
    public String[] shown(String sent, Locale locale) {
        String limit = size(bytes(), locale, RoundingMode.HALF_EVEN);
        if (sent == null || !sent.matches("[0-9]{1,18}")) {
            return new String[] {limit};
        }
        long bytes = Long.parseLong(sent);
        String size = size(bytes, locale, RoundingMode.HALF_EVEN);
        // a file just over the limit must not read as the limit itself
        return new String[] {limit, size.equals(limit) ? size(bytes, locale, RoundingMode.CEILING) : size};
    }

    static String size(long bytes, Locale locale, RoundingMode rounding) {
        MeasureUnit unit = MeasureUnit.BYTE;
        double amount = bytes;
        for (MeasureUnit larger : new MeasureUnit[] {MeasureUnit.KILOBYTE, MeasureUnit.MEGABYTE, MeasureUnit.GIGABYTE}) {
            if (amount < 1024) {
                break;
            }
            amount /= 1024;
            unit = larger;
        }
        return NumberFormatter.withLocale(Language.of(locale).locale()).unit(unit)
                .precision(Precision.maxFraction(1)).roundingMode(rounding).format(amount).toString();
    }
}
