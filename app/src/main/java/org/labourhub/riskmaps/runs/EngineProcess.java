package org.labourhub.riskmaps.runs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.jar.JarFile;

/**
 * Starts {@link RunProcess} in a JVM of its own, with its own memory limit, so that a run over a census of millions
 * of children neither slows the web application's pages nor can exhaust their memory; a run that runs out of its
 * memory, or is killed, ends that process alone. Where the system has {@code nice}, the process runs at a lower
 * priority, so that it uses every core the pages leave idle without slowing them. What the process writes to its error stream goes to
 * {@code engine.log} in the run's folder, for administrators.
 */
final class EngineProcess {

    /** How the process ended. */
    record Outcome(int exitCode, String lastStage) {
    }

    private static final Path NICE = Path.of("/usr/bin/nice");

    private EngineProcess() {
    }

    static Outcome run(Path folder, String heap, int threads, Consumer<String> onStage) {
        List<String> command = command(folder, heap, threads);
        try {
            Process process = new ProcessBuilder(command).redirectError(folder.resolve("engine.log").toFile()).start();
            String stage = null;
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("stage ")) {
                        stage = line.substring("stage ".length()).strip();
                        onStage.accept(stage);
                    }
                }
            } finally {
                if (Thread.currentThread().isInterrupted()) {
                    process.destroyForcibly();
                }
            }
            return new Outcome(process.waitFor(), stage);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the engine's process", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the engine ran", e);
        }
    }

    static List<String> command(Path folder, String heap, int threads) {
        var command = new ArrayList<String>();
        if (Files.isExecutable(NICE)) {
            // the pages come first: the engine takes what CPU they leave
            command.addAll(List.of(NICE.toString(), "-n", "10"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-XX:+UseParallelGC");
        command.add("-Dfile.encoding=UTF-8");
        String classPath = System.getProperty("java.class.path");
        command.add("-cp");
        command.add(classPath);
        if (isExecutableJar(classPath)) {
            command.add("-Dloader.main=" + RunProcess.class.getName());
            command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        } else {
            command.add(RunProcess.class.getName());
        }
        command.add(folder.toAbsolutePath().toString());
        command.add(String.valueOf(threads));
        return command;
    }

    /** Whether the application runs as one executable jar (whose libraries only its own launcher can load). */
    private static boolean isExecutableJar(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")
                || !Files.isRegularFile(Path.of(classPath))) {
            return false;
        }
        try (var jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/") != null || jar.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
