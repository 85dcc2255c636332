package org.pyxis.parser;

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
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyxis.parser.ast.AstDump;
import org.pyxis.parser.ast.Mod;
import org.pyxis.testing.CPython;

/**
 * The parser's differential test over CPython's whole standard library: for every {@code .py}
 * file of the reference CPython 3.13's {@code Lib/}, Pyxis's {@code ast.dump} equals CPython's, and
 * a file CPython refuses gives the same error type, line and message.
 */
class LibraryParseTest {
    @Test
    void everyLibraryFileParsesAsInCPython() throws Exception {
        assumeTrue(CPython.find().isPresent(), CPython.MISSING);
        String python = CPython.find().get();
        Process cpython = new ProcessBuilder(python, "tests/tools/dump_library.py")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> mismatches = new ArrayList<>();
        int files = 0;
        long parseNanos = 0;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(cpython.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", 6);
                if (f[0].equals("LIB")) {
                    continue;
                }
                files++;
                byte[] source = Files.readAllBytes(Path.of(f[1]));
                long start = System.nanoTime();
                String ours;
                try {
                    Mod tree = Parser.parse(source, f[1], Parser.Mode.EXEC);
                    ours = "OK\t" + f[1] + "\t" + sha256(AstDump.dump(tree, true));
                } catch (ParseFailure e) {
                    SyntaxProblem p = e.problem();
                    ours = "ERR\t" + f[1] + "\t" + p.kind().pythonName + "\t" + p.lineno() + "\t"
                            + pyRepr(p.message());
                } catch (RuntimeException | StackOverflowError e) {
                    ours = "JAVA\t" + f[1] + "\t" + e;
                }
                parseNanos += System.nanoTime() - start;
                if (!ours.equals(line)) {
                    mismatches.add(describe(python, f[1], line, ours));
                }
            }
        }
        assertTrue(cpython.waitFor() == 0, "dump_library.py failed");
        System.out.printf("LibraryParseTest: %d files, %d differ; Pyxis parse+dump %.1f s%n", files,
                mismatches.size(), parseNanos / 1e9);
        assertTrue(files > 1000, "expected the whole standard library, got " + files + " files");
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + files + " files differ from CPython:\n"
                + String.join("\n", mismatches.subList(0, Math.min(25, mismatches.size()))));
    }

    /** One mismatch, with the first point where the dumps diverge when both parsed. */
    private static String describe(String python, String path, String expected, String actual) {
        if (!expected.startsWith("OK") || !actual.startsWith("OK")) {
            return "  " + path + "\n    CPython: " + expected + "\n    Pyxis:   " + actual;
        }
        try {
            Process p = new ProcessBuilder(python, "tests/tools/dump_library.py", "--dump", path).start();
            String theirs = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            String ours = AstDump.dump(Parser.parse(Files.readAllBytes(Path.of(path)), path, Parser.Mode.EXEC), true);
            int i = 0;
            while (i < theirs.length() && i < ours.length() && theirs.charAt(i) == ours.charAt(i)) {
                i++;
            }
            int from = Math.max(0, i - 150);
            return "  " + path + " differs at char " + i + "\n    CPython: ..."
                    + theirs.substring(from, Math.min(theirs.length(), i + 150)) + "\n    Pyxis:   ..."
                    + ours.substring(from, Math.min(ours.length(), i + 150));
        } catch (IOException | RuntimeException e) {
            return "  " + path + " (could not diff: " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "  " + path;
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** repr() of a message, as the CPython side prints it. */
    private static String pyRepr(String s) {
        return org.pyxis.parser.ast.Repr.str(s);
    }
}
