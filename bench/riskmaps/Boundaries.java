import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a GeoJSON of irregular territories for the risk maps benchmark: a grid of COLUMNS × ROWS cells over a
 * country-sized box whose corners are moved a little and whose edges wander, with POINTS vertices per edge. An edge
 * is computed from its own number alone, so the two territories that share it have it identical (reversed): the
 * file is a coverage, as real administrative boundaries are. Codes come from a file, one per line, in grid order.
 * Usage: java Boundaries.java CODES_FILE COLUMNS ROWS POINTS OUT.geojson
 */
public class Boundaries {

    static final double WEST = -69.6, SOUTH = -22.9, EAST = -57.5, NORTH = -9.7;

    public static void main(String[] args) throws IOException {
        List<String> codes = Files.readAllLines(Path.of(args[0])).stream().map(String::strip)
                .filter(s -> !s.isEmpty() && !s.startsWith("#")).map(s -> s.split("[,;\t]")[0]).toList();
        int columns = Integer.parseInt(args[1]);
        int rows = Integer.parseInt(args[2]);
        int points = Integer.parseInt(args[3]);
        if (codes.size() != columns * rows) {
            throw new IllegalArgumentException(codes.size() + " codes for " + columns * rows + " cells");
        }
        var grid = new Boundaries(columns, rows, points);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[4]), StandardCharsets.UTF_8)) {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    int n = r * columns + c;
                    out.write(n == 0 ? "" : ",\n");
                    out.write("{\"type\":\"Feature\",\"properties\":{\"code\":\"" + codes.get(n)
                            + "\",\"name\":\"Territorio " + (n + 1) + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
                    grid.ring(c, r, out);
                    out.write("]]}}");
                }
            }
            out.write("\n]}\n");
        }
    }

    private final int columns;
    private final int rows;
    private final int points;
    private final double width;
    private final double height;

    Boundaries(int columns, int rows, int points) {
        this.columns = columns;
        this.rows = rows;
        this.points = points;
        this.width = (EAST - WEST) / columns;
        this.height = (NORTH - SOUTH) / rows;
    }

    /** A reproducible number in [-1, 1) from two integers. */
    static double noise(long a, long b) {
        long x = a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L;
        x ^= x >>> 33; x *= 0xFF51AFD7ED558CCDL; x ^= x >>> 33; x *= 0xC4CEB9FE1A85EC53L; x ^= x >>> 33;
        return (x >>> 11) * 0x1.0p-52 - 1;
    }

    /** A grid corner, moved by up to 15 % of a cell (the country's outline stays straight). */
    double[] corner(int i, int j) {
        double x = WEST + i * width, y = SOUTH + j * height;
        if (i > 0 && i < columns) { x += 0.15 * width * noise(i, j * 2L); }
        if (j > 0 && j < rows) { y += 0.15 * height * noise(i, j * 2L + 1); }
        return new double[] {x, y};
    }

    /**
     * The points of an edge from corner a to corner b, both included: the straight line moved sideways by a sum of
     * three waves that vanish at the corners, at most 12 % of a cell. Outer edges stay straight.
     */
    double[][] edge(long id, double[] a, double[] b, boolean outer) {
        double[][] line = new double[points + 1][];
        double dx = b[0] - a[0], dy = b[1] - a[1], length = Math.hypot(dx, dy);
        double nx = -dy / length, ny = dx / length;
        double size = Math.min(width, height);
        for (int k = 0; k <= points; k++) {
            double t = (double) k / points, shift = 0;
            if (!outer) {
                for (int w = 1; w <= 3; w++) {
                    shift += noise(id, w) / w * Math.sin(Math.PI * w * t + Math.PI * noise(id, w + 10) * (w > 1 ? 1 : 0));
                }
                shift *= 0.07 * size * Math.sin(Math.PI * t);
            }
            line[k] = new double[] {a[0] + t * dx + shift * nx, a[1] + t * dy + shift * ny};
        }
        return line;
    }

    /** The horizontal edge from corner (i, j) to (i + 1, j). */
    double[][] horizontal(int i, int j) {
        return edge(2L * (j * (columns + 1L) + i), corner(i, j), corner(i + 1, j), j == 0 || j == rows);
    }

    /** The vertical edge from corner (i, j) to (i, j + 1). */
    double[][] vertical(int i, int j) {
        return edge(2L * (j * (columns + 1L) + i) + 1, corner(i, j), corner(i, j + 1), i == 0 || i == columns);
    }

    /** Cell (c, r) counter-clockwise: bottom, right, top reversed, left reversed, closed. */
    void ring(int c, int r, BufferedWriter out) throws IOException {
        var first = new StringBuilder();
        double[][][] sides = {horizontal(c, r), vertical(c + 1, r), reversed(horizontal(c, r + 1)), reversed(vertical(c, r))};
        boolean start = true;
        for (double[][] side : sides) {
            for (int k = 0; k < side.length - 1; k++) {
                out.write(start ? "" : ",");
                out.write(String.format(Locale.ROOT, "[%.6f,%.6f]", side[k][0], side[k][1]));
                start = false;
            }
        }
        out.write(String.format(Locale.ROOT, ",[%.6f,%.6f]", sides[0][0][0], sides[0][0][1]));
    }

    static double[][] reversed(double[][] line) {
        double[][] r = new double[line.length][];
        for (int k = 0; k < line.length; k++) {
            r[k] = line[line.length - 1 - k];
        }
        return r;
    }
}
