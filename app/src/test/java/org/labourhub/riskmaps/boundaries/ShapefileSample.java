package org.labourhub.riskmaps.boundaries;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small zipped Shapefiles of squares, 0.1 degree wide, with a CODE and a NAME attribute, as tests need them. */
final class ShapefileSample {

    private record Square(String code, String name, double x, double y) {
    }

    private final List<Square> squares = new ArrayList<>();
    private boolean projected;

    ShapefileSample square(String code, String name, double x, double y) {
        squares.add(new Square(code, name, x, y));
        return this;
    }

    ShapefileSample projected() {
        projected = true;
        return this;
    }

    void write(Path zip, String charset, String codePage) throws IOException {
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "limites/units.shp", shp());
            entry(out, "limites/units.dbf", dbf(Charset.forName(charset)));
            entry(out, "limites/units.cpg", codePage.getBytes(StandardCharsets.US_ASCII));
            entry(out, "limites/units.prj", (projected ? "PROJCS[\"WGS_1984_UTM_Zone_18S\"]" : "GEOGCS[\"GCS_WGS_1984\"]")
                    .getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private byte[] shp() {
        int content = 4 + 32 + 4 + 4 + 4 + 5 * 16;
        var buffer = ByteBuffer.allocate(100 + squares.size() * (8 + content));
        buffer.order(ByteOrder.BIG_ENDIAN).putInt(0, 9994).putInt(24, buffer.capacity() / 2);
        buffer.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, 5);
        buffer.position(100);
        int number = 0;
        for (Square s : squares) {
            buffer.order(ByteOrder.BIG_ENDIAN).putInt(++number).putInt(content / 2);
            buffer.order(ByteOrder.LITTLE_ENDIAN).putInt(5)
                    .putDouble(s.x()).putDouble(s.y()).putDouble(s.x() + 0.1).putDouble(s.y() + 0.1)
                    .putInt(1).putInt(5).putInt(0);
            // clockwise: an outer ring
            double[][] ring = {{s.x(), s.y()}, {s.x(), s.y() + 0.1}, {s.x() + 0.1, s.y() + 0.1}, {s.x() + 0.1, s.y()}, {s.x(), s.y()}};
            for (double[] p : ring) {
                buffer.putDouble(p[0]).putDouble(p[1]);
            }
        }
        return buffer.array();
    }

    private byte[] dbf(Charset charset) throws IOException {
        int codeLength = 10;
        int nameLength = 40;
        var header = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        header.put(0, (byte) 3).putInt(4, squares.size()).putShort(8, (short) (32 + 2 * 32 + 1))
                .putShort(10, (short) (1 + codeLength + nameLength));
        var out = new ByteArrayOutputStream();
        out.write(header.array());
        field(out, "CODE", codeLength);
        field(out, "NAME", nameLength);
        out.write(0x0D);
        for (Square s : squares) {
            out.write(' ');
            out.write(padded(s.code(), codeLength, charset));
            out.write(padded(s.name(), nameLength, charset));
        }
        out.write(0x1A);
        return out.toByteArray();
    }

    private static void field(OutputStream out, String name, int length) throws IOException {
        byte[] descriptor = new byte[32];
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(n, 0, descriptor, 0, n.length);
        descriptor[11] = 'C';
        descriptor[16] = (byte) length;
        out.write(descriptor);
    }

    private static byte[] padded(String value, int length, Charset charset) {
        byte[] bytes = Arrays.copyOf(value.getBytes(charset), length);
        for (int i = value.getBytes(charset).length; i < length; i++) {
            bytes[i] = ' ';
        }
        return bytes;
    }
}
