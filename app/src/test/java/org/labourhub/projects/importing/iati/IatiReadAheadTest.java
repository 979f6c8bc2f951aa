package org.labourhub.projects.importing.iati;

import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading ahead on a thread of its own gives the caller exactly what the reader itself gives. */
class IatiReadAheadTest {

    @Test
    void theSameActivitiesComeInTheSameOrderValidOrNotWithTheirProblems() throws Exception {
        String file = IatiSamples.file(IntStream.range(0, 25).mapToObj(i -> IatiSamples.activity("XM-AHEAD-" + i,
                "Actividad " + i, i % 7 == 3 ? "XX" : "GT", "")).toArray(String[]::new));
        var direct = IatiActivityReader.readAll(stream(file));
        var ahead = new ArrayList<IatiActivity>();
        try (var reader = new IatiReadAhead(stream(file), () -> 0, 2)) {
            for (var next = reader.next(); next.isPresent(); next = reader.next()) {
                ahead.add(next.get());
            }
            assertThat(reader.next()).as("still the end when asked again").isEmpty();
        }
        assertThat(ahead).extracting(IatiActivity::identifier).containsExactlyElementsOf(direct.stream().map(IatiActivity::identifier).toList());
        assertThat(ahead).extracting(IatiActivity::problems).containsExactlyElementsOf(direct.stream().map(IatiActivity::problems).toList());
        assertThat(ahead).extracting(IatiActivity::line).containsExactlyElementsOf(direct.stream().map(IatiActivity::line).toList());
        assertThat(ahead.stream().filter(a -> !a.problems().isEmpty()).count()).isEqualTo(4);
    }

    @Test
    void theActivitiesBeforeAMalformedPlaceComeFirstThenTheSameErrorAtTheSamePlace() throws Exception {
        String file = IatiSamples.file(IatiSamples.activity("XM-AHEAD-1", "Primera", "HN", ""),
                IatiSamples.activity("XM-AHEAD-2", "Segunda", "HN", "").replace("</title>", "</titl>"));
        XMLStreamException direct = null;
        try {
            IatiActivityReader.readAll(stream(file));
        } catch (XMLStreamException e) {
            direct = e;
        }
        assertThat(direct).isNotNull();
        try (var reader = new IatiReadAhead(stream(file), () -> 0, 8)) {
            assertThat(reader.next()).get().extracting(IatiActivity::identifier).isEqualTo("XM-AHEAD-1");
            int line = direct.getLocation().getLineNumber();
            int column = direct.getLocation().getColumnNumber();
            assertThatThrownBy(reader::next).isInstanceOf(XMLStreamException.class)
                    .satisfies(e -> {
                        var at = ((XMLStreamException) e).getLocation();
                        assertThat(at.getLineNumber()).isEqualTo(line);
                        assertThat(at.getColumnNumber()).isEqualTo(column);
                    });
            assertThat(reader.next()).as("nothing after the failure").isEmpty();
        }
    }

    @Test
    void aFileWithADoctypeIsRefusedAsTheReaderRefusesIt() {
        String file = "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [<!ENTITY x \"y\">]>\n<iati-activities version=\"2.03\"/>";
        assertThatThrownBy(() -> {
            try (var reader = new IatiReadAhead(stream(file), () -> 0, 8)) {
                reader.next();
            }
        }).isInstanceOf(RefusedFile.class).extracting(e -> ((RefusedFile) e).problem().code()).isEqualTo("doctype");
    }

    @Test
    void eachActivityCarriesHowFarTheFileHadBeenReadForIt() throws Exception {
        String file = IatiSamples.file(IntStream.range(0, 5).mapToObj(i -> IatiSamples.activity("XM-POS-" + i, "Actividad", "GT", ""))
                .toArray(String[]::new));
        var counted = new CountedBytes(file.getBytes(StandardCharsets.UTF_8));
        List<Long> positions = new ArrayList<>();
        try (var reader = new IatiReadAhead(counted, counted::count, 1)) {
            while (reader.next().isPresent()) {
                positions.add(reader.position());
            }
        }
        assertThat(positions).hasSize(5).isSorted().allSatisfy(p -> assertThat(p).isPositive().isLessThanOrEqualTo(file.length() * 4L));
    }

    @Test
    void closingBeforeTheEndStopsTheReadingThread() throws Exception {
        String file = IatiSamples.file(IntStream.range(0, 200).mapToObj(i -> IatiSamples.activity("XM-STOP-" + i, "Actividad", "GT", ""))
                .toArray(String[]::new));
        var counted = new CountedBytes(file.getBytes(StandardCharsets.UTF_8));
        try (var reader = new IatiReadAhead(counted, counted::count, 2)) {
            assertThat(reader.next()).isPresent();
        }
        long stoppedAt = counted.count();
        Thread.sleep(100);
        assertThat(counted.count()).as("nothing read after closing").isEqualTo(stoppedAt).isLessThan(file.length());
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("iati-read-ahead"));
    }

    private static InputStream stream(String file) {
        return new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8));
    }

    /** A file in memory that counts the bytes taken from it. */
    private static final class CountedBytes extends ByteArrayInputStream {
        private final AtomicLong taken = new AtomicLong();

        CountedBytes(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            taken.addAndGet(Math.max(n, 0));
            return n;
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            taken.addAndGet(b >= 0 ? 1 : 0);
            return b;
        }

        long count() {
            return taken.get();
        }
    }
}
