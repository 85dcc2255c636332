package org.pyxis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's shape, as CPython 3.13 prints it (with the program named {@code pyxis}):
 * usage errors exit with 2, a missing script with 2, a syntax error with 1.
 */
class MainTest {
    private static final String USAGE_TAIL =
            "usage: pyxis [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n";

    private static Main.Result run(String... args) {
        return Main.runCaptured(new byte[0], args);
    }

    @Test
    void unknownLongOptionPrintsUsage() {
        Main.Result r = run("--foo");
        assertEquals(2, r.status());
        assertEquals("unknown option --foo\n" + USAGE_TAIL, r.stderr());
    }

    @Test
    void unknownShortOptionPrintsUsage() {
        Main.Result r = run("-Z");
        assertEquals(2, r.status());
        assertEquals("Unknown option: -Z\n" + USAGE_TAIL, r.stderr());
    }

    @Test
    void optionMissingItsArgument() {
        Main.Result r = run("-c");
        assertEquals(2, r.status());
        assertEquals("Argument expected for the -c option\n" + USAGE_TAIL, r.stderr());
        assertEquals("Argument expected for the -X option\n" + USAGE_TAIL, run("-X").stderr());
    }

    @Test
    void missingScriptFile(@TempDir Path dir) {
        Path missing = dir.resolve("nofile.py");
        Main.Result r = run(missing.toString());
        assertEquals(2, r.status());
        assertEquals("pyxis: can't open file '" + missing.toAbsolutePath()
                + "': [Errno 2] No such file or directory\n", r.stderr());
    }

    @Test
    void versionNamesPyxisAndPython() {
        Main.Result r = run("-V");
        assertEquals(0, r.status());
        assertTrue(r.stdout().matches("Pyxis \\S+ \\(Python 3\\.13\\)\n"), r.stdout());
        assertEquals(r.stdout(), run("--version").stdout());
    }

    @Test
    void helpPrintsUsage() {
        Main.Result r = run("-h");
        assertEquals(0, r.status());
        assertTrue(r.stdout().startsWith("usage: pyxis [option]"), r.stdout());
    }

    @Test
    void syntaxErrorInCommandIsReportedAsString() {
        Main.Result r = run("-c", "x = (");
        assertEquals(1, r.status());
        assertEquals("  File \"<string>\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n",
                r.stderr());
    }

    @Test
    void syntaxErrorOnStdinIsReportedAsStdin() {
        Main.Result r = Main.runCaptured("x = (\n".getBytes(StandardCharsets.UTF_8), "-");
        assertEquals(1, r.status());
        assertEquals("  File \"<stdin>\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n",
                r.stderr());
    }

    @Test
    void programThatParsesExitsZero(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("ok.py");
        Files.writeString(script, "x = 1\n");
        Main.Result r = run(script.toString(), "arg1");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("", r.stderr());
    }

    @Test
    void syntaxWarningInCommandHasNoSourceLine() {
        // CPython 3.13: python3.13 -c 'x = "\d"' prints the warning without a source line.
        Main.Result r = run("-c", "x = \"\\d\"");
        assertEquals(0, r.status());
        assertEquals("<string>:1: SyntaxWarning: invalid escape sequence '\\d'\n", r.stderr());
    }

    @Test
    void dumpAstPrintsTree() {
        Main.Result r = run("-X", "dump-ast", "-c", "x = 1");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), "
                + "lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)])\n", r.stdout());
    }
}
