package org.pyxis.compiler.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyxis.parser.ParseFailure;
import org.pyxis.parser.Parser;
import org.pyxis.parser.SyntaxProblem;
import org.pyxis.parser.ast.Repr;
import org.pyxis.testing.CPython;

/**
 * The symbol table's differential test over CPython's whole standard library: for every
 * {@code .py} file of the reference CPython 3.13's {@code Lib/}, the dump of Pyxis's table
 * ({@link SymtableDump}) equals the dump of CPython's {@code symtable.symtable(...)}
 * ({@code tests/tools/dump_symtable.py}), and a file CPython refuses gives the same error type,
 * line and message.
 */
class SymbolTableLibraryTest {
    @Test
    void everyLibraryFileHasCPythonsSymbolTable() throws Exception {
        assumeTrue(CPython.find().isPresent(), CPython.MISSING);
        String python = CPython.find().get();
        Process cpython = new ProcessBuilder(python, "tests/tools/dump_symtable.py", "--lib")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> mismatches = new ArrayList<>();
        int files = 0;
        int equal = 0;
        long nanos = 0;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(cpython.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", 6);
                if (f[0].equals("LIB")) {
                    continue;
                }
                files++;
                long start = System.nanoTime();
                String ours = record(f[1]);
                nanos += System.nanoTime() - start;
                if (ours.equals(line)) {
                    equal++;
                } else {
                    mismatches.add(describe(python, f[1], line, ours));
                }
            }
        }
        assertEquals(0, cpython.waitFor(), "dump_symtable.py failed");
        System.out.printf("SymbolTableLibraryTest: %d of %d files equal; Pyxis parse+symtable+dump %.1f s%n", equal,
                files, nanos / 1e9);
        assertTrue(files > 1000, "expected the whole standard library, got " + files + " files");
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + files + " files differ from CPython:\n"
                + String.join("\n", mismatches.subList(0, Math.min(10, mismatches.size()))));
    }

    /**
     * The same comparison for the code the test suite keeps in strings (for exec, compile and
     * symtable): most of CPython's own scope-error cases live there.
     */
    @Test
    void everyCodeStringOfTheTestSuiteHasCPythonsSymbolTable() throws Exception {
        assumeTrue(CPython.find().isPresent(), CPython.MISSING);
        Process cpython = new ProcessBuilder(CPython.find().get(), "tests/tools/dump_symtable.py", "--test-strings")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> mismatches = new ArrayList<>();
        int snippets = 0;
        int errors = 0;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(cpython.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", 3);
                snippets++;
                String source = new String(Base64.getDecoder().decode(f[1]), StandardCharsets.UTF_8);
                String ours = snippetResult(source);
                if (f[2].startsWith("ERR")) {
                    errors++;
                }
                if (!ours.equals(f[2])) {
                    mismatches.add("  " + f[0] + "\n    CPython: " + f[2] + "\n    Pyxis:   " + ours + "\n    source: "
                            + Repr.str(source.length() > 300 ? source.substring(0, 300) + "..." : source));
                }
            }
        }
        assertEquals(0, cpython.waitFor(), "dump_symtable.py failed");
        System.out.printf("SymbolTableLibraryTest: %d of %d code strings equal (%d are errors)%n",
                snippets - mismatches.size(), snippets, errors);
        assertTrue(snippets > 1000, "expected the test suite's code strings, got " + snippets);
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + snippets + " code strings differ from CPython:\n"
                + String.join("\n", mismatches.subList(0, Math.min(10, mismatches.size()))));
    }

    /** What dump_symtable.py --test-strings prints as the result for one source. */
    private static String snippetResult(String source) {
        try {
            SymbolTable table = SymbolTable.build(Parser.parse(source, "<string>", Parser.Mode.EXEC), "<string>");
            return "OK " + sha256(SymtableDump.dump(table));
        } catch (ParseFailure e) {
            SyntaxProblem p = e.problem();
            if (p.kind() == SyntaxProblem.Kind.MEMORY_ERROR) {
                return "EXC MemoryError";
            }
            return "ERR " + p.kind().pythonName + " " + p.lineno() + " " + p.offset() + " " + p.endLineno() + " "
                    + (p.endOffset() == 0 ? "None" : p.endOffset()) + " " + Repr.str(p.message());
        } catch (RecursionLimitExceeded e) {
            return "EXC RecursionError";
        } catch (RuntimeException | StackOverflowError e) {
            return "JAVA " + e;
        }
    }

    /** What dump_symtable.py --lib prints for one file, computed by Pyxis. */
    private static String record(String path) {
        try {
            byte[] source = Files.readAllBytes(Path.of(path));
            SymbolTable table = SymbolTable.build(Parser.parse(source, path, Parser.Mode.EXEC), path);
            return "OK\t" + path + "\t" + sha256(SymtableDump.dump(table));
        } catch (ParseFailure e) {
            SyntaxProblem p = e.problem();
            String lineno = p.kind() == SyntaxProblem.Kind.MEMORY_ERROR ? "None" : String.valueOf(p.lineno());
            return "ERR\t" + path + "\t" + p.kind().pythonName + "\t" + lineno + "\t" + Repr.str(p.message());
        } catch (RecursionLimitExceeded e) {
            return "ERR\t" + path + "\tRecursionError\tNone\t" + Repr.str(e.getMessage());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return "JAVA\t" + path + "\t" + e;
        }
    }

    /** One mismatch, with the lines around the first difference when both sides built a table. */
    private static String describe(String python, String path, String expected, String actual) {
        if (!expected.startsWith("OK") || !actual.startsWith("OK")) {
            return "  " + path + "\n    CPython: " + expected + "\n    Pyxis:   " + actual;
        }
        try {
            Process p = new ProcessBuilder(python, "tests/tools/dump_symtable.py", path).start();
            String theirs = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            String ours = SymtableDump.dump(SymbolTable.build(
                    Parser.parse(Files.readAllBytes(Path.of(path)), path, Parser.Mode.EXEC), path));
            return "  " + path + "\n" + firstDifference(theirs, ours);
        } catch (IOException | RuntimeException e) {
            return "  " + path + " (could not diff: " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "  " + path;
        }
    }

    /** The first differing line of two dumps, with the lines before it for context. */
    static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = Math.max(0, i - 4); k < i; k++) {
            sb.append("      ").append(a[k]).append('\n');
        }
        sb.append("    - CPython: ").append(i < a.length ? a[i] : "(end)").append('\n');
        sb.append("    + Pyxis:   ").append(i < b.length ? b[i] : "(end)");
        return sb.toString();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
