package org.labourhub.riskmaps.boundaries;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zipped Shapefile, read as the ESRI Shapefile Technical Description (1998) lays it out: the .shp's polygon records
 * (types 5, 15 and 25; Z and M values are not needed) with the .dbf's (dBase III) attributes of the same record
 * number. Text attributes are decoded with the code page the .cpg file names, else the one the .dbf's language driver
 * byte says, else UTF-8 when they are valid UTF-8 and Windows-1252 otherwise. Both files are read as they stream out
 * of the zip; nothing is unpacked to disk.
 */
final class ShapefileZip {

    private static final int POLYGON = 5;
    private static final int POLYGON_Z = 15;
    private static final int POLYGON_M = 25;
    /** The largest record read: 256 MB, some 16 million positions; a larger length means a damaged file. */
    private static final int MAX_RECORD_WORDS = 128 * 1024 * 1024;

    private ShapefileZip() {
    }

    static void read(Path zip, String file, Consumer<FileFeature> sink) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            ZipEntry shp = only(archive, ".shp", file);
            String stem = shp.getName().substring(0, shp.getName().length() - 4);
            ZipEntry dbf = sibling(archive, stem, ".dbf");
            if (dbf == null) {
                throw new UnreadableBoundaryFile(BoundaryProblem.of("shapefileWithoutDbf", file));
            }
            ZipEntry prj = sibling(archive, stem, ".prj");
            if (prj != null && new String(archive.getInputStream(prj).readNBytes(64), StandardCharsets.ISO_8859_1)
                    .strip().toUpperCase(Locale.ROOT).startsWith("PROJCS")) {
                throw new UnreadableBoundaryFile(BoundaryProblem.of("projected", file));
            }
            ZipEntry cpg = sibling(archive, stem, ".cpg");
            String codePage = cpg == null ? null
                    : new String(archive.getInputStream(cpg).readNBytes(64), StandardCharsets.US_ASCII).strip();
            try (var shapes = new DataInputStream(new java.io.BufferedInputStream(archive.getInputStream(shp), 1 << 16));
                 var attributes = new DbaseTable(archive.getInputStream(dbf), codePage)) {
                records(shapes, attributes, file, sink);
            }
        } catch (ZipException broken) {
            throw new UnreadableBoundaryFile(BoundaryProblem.of("brokenZip", file));
        } catch (EOFException cutShort) {
            throw new UnreadableBoundaryFile(BoundaryProblem.of("brokenShapefile", file));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the kept upload " + zip, e);
        }
    }

    private static void records(DataInputStream shapes, DbaseTable attributes, String file, Consumer<FileFeature> sink)
            throws IOException {
        byte[] header = shapes.readNBytes(100);
        ByteBuffer head = ByteBuffer.wrap(header);
        if (header.length < 100 || head.getInt(0) != 9994) {
            throw new UnreadableBoundaryFile(BoundaryProblem.of("brokenShapefile", file));
        }
        int type = head.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
        if (type != POLYGON && type != POLYGON_Z && type != POLYGON_M) {
            throw new UnreadableBoundaryFile(BoundaryProblem.of("shapefileNotPolygons", file));
        }
        int number = 0;
        while (true) {
            int words;
            try {
                shapes.readInt(); // record number, counted here instead
                words = shapes.readInt();
            } catch (EOFException end) {
                return;
            }
            if (words < 0 || words > MAX_RECORD_WORDS) {
                throw new UnreadableBoundaryFile(BoundaryProblem.of("brokenShapefile", file));
            }
            byte[] content = shapes.readNBytes(words * 2);
            Map<String, String> properties = attributes.next();
            number++;
            if (content.length < words * 2 || properties == null) {
                throw new UnreadableBoundaryFile(BoundaryProblem.of("brokenShapefile", file));
            }
            if (attributes.wasDeleted()) {
                continue;
            }
            try {
                sink.accept(new FileFeature(number, properties, area(ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN)), null));
            } catch (BadShape bad) {
                sink.accept(new FileFeature(number, properties, null, bad));
            }
        }
    }

    /** A polygon record: parts are rings, outer ones clockwise and holes counter-clockwise, holes after their shell. */
    private static org.locationtech.jts.geom.Geometry area(ByteBuffer record) throws BadShape {
        int type = record.getInt(0);
        if (type == 0) {
            throw new BadShape("noGeometry");
        }
        if (type != POLYGON && type != POLYGON_Z && type != POLYGON_M || record.limit() < 44) {
            throw new BadShape("notArea", "");
        }
        int parts = record.getInt(36);
        int points = record.getInt(40);
        int first = 44 + 4 * parts;
        if (parts < 0 || points < 0 || first + 16L * points > record.limit()) {
            throw new BadShape("badCoordinates");
        }
        var shells = new ArrayList<List<LinearRing>>();
        var holes = new ArrayList<LinearRing>();
        for (int part = 0; part < parts; part++) {
            int from = record.getInt(44 + 4 * part);
            int to = part + 1 < parts ? record.getInt(44 + 4 * (part + 1)) : points;
            if (from < 0 || to > points || from > to) {
                throw new BadShape("badCoordinates");
            }
            LinearRing ring = ring(record, first, from, to);
            if (ring == null) {
                continue;
            }
            if (Orientation.isCCW(ring.getCoordinateSequence())) {
                holes.add(ring);
            } else {
                shells.add(new ArrayList<>(List.of(ring)));
            }
        }
        for (LinearRing hole : holes) {
            var around = shells.stream().filter(s -> Shapes.FACTORY.createPolygon(s.get(0))
                    .contains(Shapes.FACTORY.createPoint(hole.getCoordinateN(0)))).findFirst();
            if (around.isPresent()) {
                around.get().add(hole);
            } else {
                shells.add(new ArrayList<>(List.of(hole))); // a ring drawn the wrong way round: taken as an outer ring
            }
        }
        var polygons = new ArrayList<Polygon>();
        for (List<LinearRing> rings : shells) {
            polygons.add(Shapes.FACTORY.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new)));
        }
        return Shapes.area(polygons);
    }

    private static LinearRing ring(ByteBuffer record, int first, int from, int to) throws BadShape {
        var coordinates = new ArrayList<Coordinate>(to - from + 1);
        for (int i = from; i < to; i++) {
            coordinates.add(Shapes.degrees(record.getDouble(first + 16 * i), record.getDouble(first + 16 * i + 8)));
        }
        if (!coordinates.isEmpty() && !coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
            coordinates.add(coordinates.get(0).copy());
        }
        if (coordinates.stream().distinct().count() < 3) {
            return null;
        }
        return Shapes.FACTORY.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }

    private static ZipEntry only(ZipFile archive, String extension, String file) {
        var found = archive.stream().filter(e -> !e.isDirectory() && !e.getName().contains("__MACOSX")
                && e.getName().toLowerCase(Locale.ROOT).endsWith(extension)).toList();
        if (found.size() != 1) {
            throw new UnreadableBoundaryFile(BoundaryProblem.of("shapefileCount", file, found.size()));
        }
        return found.get(0);
    }

    private static ZipEntry sibling(ZipFile archive, String stem, String extension) {
        return archive.stream().filter(e -> e.getName().equalsIgnoreCase(stem + extension)).findFirst().orElse(null);
    }
}
