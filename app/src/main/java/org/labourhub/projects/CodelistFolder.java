package org.labourhub.projects;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The IATI codelists of one release: every {@code *.xml} file of a folder, one codelist each, known by its file name
 * ({@code Country.xml} is {@code Country}). No code names the files, so a newer release is taken in by replacing
 * them. The folder is listed when this is made; a file is read the first time its list is asked for, then kept.
 */
public final class CodelistFolder {

    private static final String SUFFIX = ".xml";

    private final String where;
    private final Map<String, Resource> files;
    private final Map<String, Codelist> lists = new ConcurrentHashMap<>();

    private CodelistFolder(String where, List<Resource> resources) {
        var byName = new TreeMap<String, Resource>();
        for (var resource : resources) {
            var fileName = resource.getFilename();
            if (fileName != null && fileName.endsWith(SUFFIX)) {
                byName.put(fileName.substring(0, fileName.length() - SUFFIX.length()), resource);
            }
        }
        if (byName.isEmpty()) {
            throw new IllegalStateException("No codelist files (*.xml) in " + where);
        }
        this.where = where;
        this.files = Collections.unmodifiableMap(byName);
    }

    /** The codelists in a folder of the file system. */
    public static CodelistFolder at(Path folder) {
        try (var paths = Files.list(folder)) {
            return new CodelistFolder(folder.toString(),
                    paths.filter(Files::isRegularFile).<Resource>map(FileSystemResource::new).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the codelist folder " + folder, e);
        }
    }

    /** The codelists in a folder of the class path, such as {@code iati/codelists/2.03}, in a jar or not. */
    public static CodelistFolder onClasspath(String folder) {
        var resolver = new PathMatchingResourcePatternResolver(CodelistFolder.class.getClassLoader());
        try {
            return new CodelistFolder("classpath:" + folder, List.of(resolver.getResources("classpath:" + folder + "/*" + SUFFIX)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the codelist folder classpath:" + folder, e);
        }
    }

    /** The names of the lists in the folder, sorted. */
    public Set<String> names() {
        return files.keySet();
    }

    /** The list of that name; an {@link IllegalArgumentException} when the folder has no such file. */
    public Codelist get(String name) {
        var file = files.get(name);
        if (file == null) {
            throw new IllegalArgumentException("No codelist " + name + " in " + where);
        }
        return lists.computeIfAbsent(name, n -> read(n, file));
    }

    private Codelist read(String name, Resource file) {
        try (var in = file.getInputStream()) {
            return CodelistXml.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the codelist " + name + " in " + where, e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The codelist " + name + " in " + where + " is not well-formed XML", e);
        }
    }
}
