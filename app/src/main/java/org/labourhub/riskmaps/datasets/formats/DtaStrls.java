package org.labourhub.riskmaps.datasets.formats;

import java.io.IOException;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;

/**
 * Stata's long strings (strL, format 117 on): the data hold a reference (v, o) — the variable and case that first
 * stored the text — and the texts follow the data in {@code <strls>}. Only where each text lies is kept; the text is
 * read from the file when a row needs it.
 */
final class DtaStrls {

    private record Place(long position, int length) {
    }

    private final Map<Long, Place> places = new HashMap<>();
    private final int vBits;
    private final boolean bigEndian;
    private final DtaDictionary dictionary;

    private DtaStrls(DtaDictionary dictionary, ByteOrder order) {
        this.vBits = dictionary.release == 117 ? 32 : dictionary.release == 118 ? 16 : 24;
        this.bigEndian = order == ByteOrder.BIG_ENDIAN;
        this.dictionary = dictionary;
    }

    static DtaStrls read(BinaryInput in, DtaDictionary dictionary) throws IOException {
        var strls = new DtaStrls(dictionary, in.order());
        if (dictionary.strls < 0) {
            return strls;
        }
        in.seek(dictionary.strls);
        in.expect("<strls>", DtaDictionary.FORMAT);
        while (in.uint8() == 'G') {
            in.expect("SO", DtaDictionary.FORMAT);
            long v = in.int32() & 0xffffffffL;
            long o = dictionary.release == 117 ? in.int32() & 0xffffffffL : in.int64();
            in.skip(1); // type: 129 binary, 130 text ending in NUL; both are read as text
            int length = in.int32();
            strls.places.put(key(v, o), new Place(in.position(), length));
            in.skip(length);
        }
        return strls;
    }

    /**
     * The text a reference from the data points to; (0, 0) is the empty text. Format 119 splits the reference 3 + 5
     * bytes, but haven writes 119 files split 2 + 6 as in 118: the other split is tried when the first finds nothing.
     */
    String text(BinaryInput in, long reference) throws IOException {
        if (reference == 0) {
            return "";
        }
        Place place = place(reference, vBits);
        if (place == null && vBits == 24) {
            place = place(reference, 16);
        }
        if (place == null) {
            throw MicrodataProblem.of(MicrodataProblem.Kind.DAMAGED, in.fileName());
        }
        byte[] text = in.bytesAt(place.position(), place.length());
        return dictionary.decode(text);
    }

    private Place place(long reference, int bits) {
        int oBits = 64 - bits;
        long v = bigEndian ? reference >>> oBits : reference & ((1L << bits) - 1);
        long o = bigEndian ? reference & ((1L << oBits) - 1) : reference >>> bits;
        return places.get(key(v, o));
    }

    private static long key(long v, long o) {
        return v << 40 | o;
    }
}
