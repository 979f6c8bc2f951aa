package org.labourhub.riskmaps.datasets.formats;

import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The 176-byte record opening an SPSS system file: "$FL2" ("$FL3" for zlib-compressed .zsav), the layout code that
 * tells the byte order, the case size in 8-byte slots, the compression, the number of cases and the compression bias.
 */
record SavHeader(boolean zsav, int caseSize, int compression, long cases, double bias) {

    static final String FORMAT = "SPSS";

    static SavHeader read(BinaryInput in) throws IOException {
        String magic = new String(in.bytes(4), StandardCharsets.US_ASCII);
        if (!magic.equals("$FL2") && !magic.equals("$FL3")) {
            throw MicrodataProblem.of(Kind.NOT_THE_FORMAT, in.fileName(), FORMAT);
        }
        in.skip(60);
        in.order(ByteOrder.LITTLE_ENDIAN);
        int layout = in.int32();
        if (layout != 2 && layout != 3) {
            in.order(ByteOrder.BIG_ENDIAN);
            if (Integer.reverseBytes(layout) != 2 && Integer.reverseBytes(layout) != 3) {
                throw MicrodataProblem.of(Kind.NOT_THE_FORMAT, in.fileName(), FORMAT);
            }
        }
        int caseSize = in.int32();
        int compression = in.int32();
        in.skip(4); // weight variable
        int cases = in.int32();
        double bias = in.float64();
        in.skip(9 + 8 + 64 + 3);
        if (compression < 0 || compression > 2 || compression == 2 != magic.equals("$FL3")) {
            throw MicrodataProblem.of(Kind.UNSUPPORTED_VERSION, in.fileName(), FORMAT, magic + "/" + compression);
        }
        return new SavHeader(compression == 2, caseSize, compression, cases, bias);
    }
}
