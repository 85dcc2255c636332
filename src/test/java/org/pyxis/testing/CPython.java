package org.pyxis.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds the reference CPython 3.13 that differential tests compare against: {@code $PYXIS_CPYTHON},
 * {@code python3.13} on PATH, or a pyenv install ({@code $PYENV_ROOT} or {@code ~/.pyenv}). Tests
 * that need it skip with a visible reason when none is present.
 */
public final class CPython {
    private CPython() {}

    /** The path of a working CPython 3.13 interpreter, if there is one. Computed once per JVM. */
    public static Optional<String> find() {
        return Holder.PYTHON;
    }

    /** The reason a test skips when {@link #find()} is empty. */
    public static final String MISSING =
            "CPython 3.13 not found (looked at $PYXIS_CPYTHON, python3.13 on PATH, ~/.pyenv/versions/3.13*)";

    private static final class Holder {
        static final Optional<String> PYTHON = locate();
    }

    private static Optional<String> locate() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("PYXIS_CPYTHON");
        if (env != null && !env.isEmpty()) {
            candidates.add(env);
        }
        candidates.add("python3.13");
        String pyenvRoot = System.getenv("PYENV_ROOT");
        Path root = pyenvRoot != null ? Path.of(pyenvRoot) : Path.of(System.getProperty("user.home"), ".pyenv");
        try (Stream<Path> versions = Files.list(root.resolve("versions"))) {
            versions.filter(p -> p.getFileName().toString().startsWith("3.13")).sorted()
                    .map(p -> p.resolve("bin/python3.13").toString()).forEach(candidates::add);
        } catch (IOException e) {
            // No pyenv: fine.
        }
        for (String c : candidates) {
            if (works(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static boolean works(String python) {
        try {
            Process p = new ProcessBuilder(python, "-c", "import sys; print(sys.version_info[:2])")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.equals("(3, 13)");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
