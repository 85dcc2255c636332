package org.pyxis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential corpus: every {@code tests/python/<area>/<behaviour>.py} runs through the
 * {@code pyxis} command (in-process) and its exit status, stdout and stderr must equal the
 * {@code .expected} file CPython 3.13 produced ({@code tests/tools/regenerate_expected.py} writes
 * them and defines how each area is run). A test without its expected file fails.
 */
class PythonCorpusTest {
    static final Path CORPUS = Path.of("tests/python");

    /** Areas whose files are run as {@code pyxis -X dump-ast FILE}; the rest as {@code pyxis FILE}. */
    private static final Set<String> DUMP_AST_AREAS = Set.of("parser", "parser_errors");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "no tests found under " + CORPUS.toAbsolutePath());
        return files.stream().map(f -> DynamicTest.dynamicTest(CORPUS.relativize(f).toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        String rel = file.toString().replace('\\', '/');
        Path expectedFile = Path.of(file.toString().replaceAll("\\.py$", ".expected"));
        assertTrue(Files.exists(expectedFile),
                expectedFile + " is missing: run tests/tools/regenerate_expected.py " + rel);
        String area = CORPUS.relativize(file).getName(0).toString();
        String[] args = DUMP_AST_AREAS.contains(area) ? new String[] {"-X", "dump-ast", rel} : new String[] {rel};
        Main.Result r = Main.runCaptured(new byte[0], args);
        String actual = "exit " + r.status() + "\n--- stdout\n" + r.stdout() + "--- stderr\n" + r.stderr();
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, rel);
    }
}
