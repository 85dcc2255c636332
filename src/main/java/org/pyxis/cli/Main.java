package org.pyxis.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.pyxis.parser.ParseFailure;
import org.pyxis.parser.Parser;
import org.pyxis.parser.SyntaxProblem;
import org.pyxis.parser.ast.AstDump;
import org.pyxis.parser.ast.Mod;

/**
 * The {@code pyxis} command: {@code python3}-compatible options, a script, {@code -c},
 * {@code -m}, or stdin. Until the VM exists, a program is parsed (so syntax errors are reported
 * exactly as CPython reports them) and a program that parses exits with status 0;
 * {@code -X dump-ast} prints the tree as {@code ast.dump(..., include_attributes=True)} does.
 */
public final class Main {
    private static final String USAGE = "usage: pyxis [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    Main(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = new Main(System.in, out, err).run(args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs one command line and returns the process exit status. */
    int run(String[] args) {
        CommandLine cmd;
        try {
            cmd = CommandLine.parse(args);
        } catch (CommandLine.UsageError e) {
            stderr.println(e.getMessage());
            stderr.println(USAGE);
            stderr.println("Try `python -h' for more information.");
            return 2;
        }
        try {
            return switch (cmd.action()) {
                case HELP -> help();
                case VERSION -> version(cmd.versionLevel());
                case RUN_COMMAND -> runSource(cmd.target().getBytes(StandardCharsets.UTF_8), "<string>", cmd);
                case RUN_STDIN -> runSource(stdin.readAllBytes(), "<stdin>", cmd);
                case RUN_FILE -> runFile(cmd);
                case RUN_MODULE -> {
                    // TODO(#4): -m needs the import system.
                    stderr.println("pyxis: No module named " + cmd.target());
                    yield 1;
                }
            };
        } catch (IOException e) {
            stderr.println("pyxis: " + e.getMessage());
            return 1;
        } catch (StackOverflowError e) {
            stderr.println("RecursionError: maximum recursion depth exceeded");
            return 1;
        } catch (OutOfMemoryError e) {
            stderr.println("MemoryError");
            return 1;
        } catch (RuntimeException e) {
            // Never show a Java stack trace to a user: report the Java detail as CPython reports
            // an internal error.
            stderr.println("SystemError: internal error in Pyxis: " + e);
            return 1;
        }
    }

    private int runFile(CommandLine cmd) throws IOException {
        Path path = Path.of(cmd.target());
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            // TODO(#4): running a directory or zip needs the import system (__main__.py).
            stderr.println("pyxis: can't find '__main__' module in '" + absolute + "'");
            return 1;
        }
        byte[] source;
        try {
            source = Files.readAllBytes(path);
        } catch (IOException e) {
            stderr.println("pyxis: can't open file '" + absolute + "': [Errno 2] No such file or directory");
            return 2;
        }
        return runSource(source, cmd.target(), cmd);
    }

    private int runSource(byte[] source, String filename, CommandLine cmd) {
        Mod module;
        try {
            module = Parser.parse(source, filename, Parser.Mode.EXEC, w -> printWarning(w, source));
        } catch (ParseFailure e) {
            stdout.flush();
            stderr.print(SyntaxErrorReport.format(e.problem()));
            return 1;
        }
        if (cmd.hasXOption("dump-ast")) {
            stdout.println(AstDump.dump(module, true));
        }
        // TODO(#3): compile and run the module; until then a program that parses succeeds.
        return 0;
    }

    /**
     * Prints a SyntaxWarning as CPython's default {@code warnings.showwarning} does: the location,
     * then the source line stripped, when the file can be read back (not for -c or stdin).
     */
    private void printWarning(SyntaxProblem w, byte[] source) {
        stderr.println(w.filename() + ":" + w.lineno() + ": SyntaxWarning: " + w.message());
        if (!w.filename().startsWith("<") && Files.isRegularFile(Path.of(w.filename()))) {
            String line = SourceLines.line(source, w.lineno()).strip();
            if (!line.isEmpty()) {
                stderr.println("  " + line);
            }
        }
    }

    private int help() {
        stdout.println(USAGE);
        stdout.print("""
                Options:
                -c cmd : program passed in as string (terminates option list)
                -h     : print this help message and exit (also -? or --help)
                -m mod : run library module as a script (terminates option list)
                -V     : print the Pyxis and Python versions and exit (also --version)
                -W arg : warning control (accepted; not yet applied)
                -X opt : set implementation-specific option; Pyxis adds:
                         -X dump-ast: print the program's syntax tree as
                         ast.dump(tree, include_attributes=True) prints it
                file   : program read from script file
                -      : program read from stdin (default; interactive mode if a tty)
                arg ...: arguments passed to program in sys.argv[1:]
                The options -b -B -d -E -i -I -O -P -q -s -S -u -v -x are accepted for
                compatibility with python3.
                """);
        return 0;
    }

    private int version(int level) {
        stdout.println("Pyxis " + version() + " (Python 3.13)");
        if (level > 1) {
            stdout.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        }
        return 0;
    }

    /** The Pyxis version from the build (the Maven project version). */
    static String version() {
        Properties props = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("/org/pyxis/version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return props.getProperty("version", "unknown");
    }

    /** For tests: runs a command line in-process and captures what it prints. */
    record Result(int status, String stdout, String stderr) {}

    static Result runCaptured(byte[] stdinBytes, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = new Main(new java.io.ByteArrayInputStream(stdinBytes), o, e).run(args);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
