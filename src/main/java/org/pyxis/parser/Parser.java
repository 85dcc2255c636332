package org.pyxis.parser;

import java.util.concurrent.atomic.AtomicReference;
import org.pyxis.parser.ast.Mod;

/**
 * The parser's public entry point: source in, tree ({@link Mod}) or {@link ParseFailure} out, as
 * CPython's {@code compile(source, filename, mode, ast.PyCF_ONLY_AST)}.
 *
 * <p>CPython: _PyPegen_run_parser. A first pass tries the grammar without its {@code invalid_*}
 * rules. When it fails, a second pass from the first token (the tokens already read are kept)
 * tries them to raise a specific error; when none applies, the error is the generic one placed at
 * the last token the first pass read ("invalid syntax", or "unexpected indent"/"unexpected
 * unindent"). Before a parser error is reported, the rest of the source is tokenized so that a
 * tokenizer error further on takes precedence, as in CPython.
 */
public final class Parser extends StatementParser {
    /** What to parse, as the {@code mode} argument of CPython's {@code compile()}. */
    public enum Mode {
        EXEC,
        EVAL,
        SINGLE,
        FUNC_TYPE
    }

    /** Java stack for a retry after a StackOverflowError: deep but legal nesting still parses. */
    private static final long RETRY_STACK_BYTES = 1L << 30;

    private final Mode mode;

    private Parser(String source, String filename, Mode mode) {
        super(new Tokenizer(source, filename), filename);
        this.mode = mode;
        this.singleInput = mode == Mode.SINGLE;
        this.fileInput = mode == Mode.EXEC;
        if (mode != Mode.EXEC && !source.isEmpty() && !source.endsWith("\n") && !source.endsWith("\r")) {
            implicitNewlineLine = lineCount(source);
        }
    }

    /** The number of lines of {@code source}, counting a last line without a line break. */
    private static int lineCount(String source) {
        int lines = 1;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == source.length() || source.charAt(i + 1) != '\n')) {
                lines++;
            }
        }
        return source.endsWith("\n") || source.endsWith("\r") ? lines - 1 : lines;
    }

    /** Parses decoded source text. Throws {@link ParseFailure} for invalid source. */
    public static Mod parse(String source, String filename, Mode mode) {
        try {
            return new Parser(source, filename, mode).run();
        } catch (StackOverflowError e) {
            // CPython's own limit (MAXSTACK) is counted in rule calls; a Java stack can run out
            // before it. Retry on a thread with a large stack before giving up.
            return parseOnLargeStack(source, filename, mode);
        }
    }

    /** Parses source bytes, decoding them as CPython does (BOM, coding cookie, UTF-8). */
    public static Mod parse(byte[] source, String filename, Mode mode) {
        return parse(SourceDecoder.decode(source, filename), filename, mode);
    }

    private static Mod parseOnLargeStack(String source, String filename, Mode mode) {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            Parser parser = new Parser(source, filename, mode);
            try {
                outcome.set(parser.run());
            } catch (ParseFailure e) {
                outcome.set(e);
            } catch (StackOverflowError e) {
                outcome.set(parser.stackOverflow());
            }
        }, "pyxis-parser", RETRY_STACK_BYTES);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Object result = outcome.get();
        if (result instanceof ParseFailure f) {
            throw f;
        }
        if (result == null) {
            throw new IllegalStateException("parser thread ended without a result");
        }
        return (Mod) result;
    }

    /** CPython: _PyPegen_run_parser. */
    private Mod run() {
        Mod result;
        try {
            result = startRule();
        } catch (ParseFailure e) {
            throw finish(e);
        }
        if (result != null) {
            if (mode == Mode.SINGLE && !restIsBlank()) {
                throw syntaxError("multiple statements found while compiling a single statement");
            }
            return result;
        }
        Token lastToken = lastFetched();
        memo.clear();
        reset(0);
        level = 0;
        callInvalidRules = true;
        try {
            startRule();
        } catch (ParseFailure e) {
            throw finish(e);
        }
        throw genericError(lastToken);
    }

    private Mod startRule() {
        return switch (mode) {
            case EXEC -> file();
            case EVAL -> eval();
            case SINGLE -> interactive();
            case FUNC_TYPE -> funcType();
        };
    }

    /**
     * What CPython reports when the second pass raised nothing specific (_Pypegen_set_syntax_error):
     * an IndentationError when the first pass stopped at an INDENT or DEDENT, else "invalid
     * syntax" at the last token the first pass read, unless the rest of the source holds a
     * tokenizer error.
     */
    private ParseFailure genericError(Token lastToken) {
        if (lastToken.kind() == TokenKind.INDENT) {
            return indentationError("unexpected indent");
        }
        if (lastToken.kind() == TokenKind.DEDENT) {
            return indentationError("unexpected unindent");
        }
        return checkRestOfSource(syntaxErrorAt(lastToken, "invalid syntax"));
    }

    /** A parser error is final, but a tokenizer error later in the source replaces it. */
    private ParseFailure finish(ParseFailure e) {
        if (e.problem().kind() == SyntaxProblem.Kind.MEMORY_ERROR || tokenizerFailed) {
            return e;
        }
        return checkRestOfSource(e);
    }

    /**
     * CPython: _PyPegen_tokenize_full_source_to_check_for_errors. Reads the remaining tokens; a
     * tokenizer error replaces {@code error}, except that an unclosed bracket at the end of the
     * source does so only when the error is on a later line than the bracket, and errors inside
     * an f-string or that CPython's tokenizer only signals do not.
     */
    private ParseFailure checkRestOfSource(ParseFailure error) {
        Token last = lastFetched();
        if (last.kind() == TokenKind.ENDMARKER) {
            return error;
        }
        int errorLine = last.lineno();
        int fstringDepth = 0;
        for (Token t : tokens) {
            fstringDepth += fstringDepthChange(t);
        }
        try {
            Token t;
            while ((t = tokenizer.next()).kind() != TokenKind.ENDMARKER) {
                fstringDepth += fstringDepthChange(t);
            }
        } catch (ParseFailure t) {
            String message = t.problem().message();
            if (message.endsWith("' was never closed") && tokenizer.bracketLevel() > 0) {
                return errorLine > t.problem().lineno() ? t : error;
            }
            // CPython keeps the parser's error when the tokenizer stopped inside an f-string.
            return raisedByParserInCPython(message) || fstringDepth > 0 ? error : t;
        }
        return error;
    }

    private static int fstringDepthChange(Token t) {
        return t.kind() == TokenKind.FSTRING_START ? 1 : t.kind() == TokenKind.FSTRING_END ? -1 : 0;
    }

    /**
     * The tokenizer errors that CPython's tokenizer only signals (an error code, no exception):
     * its parser turns them into an exception when it reads the bad token, but the check of the
     * rest of the source ignores them.
     */
    private static boolean raisedByParserInCPython(String message) {
        return switch (message) {
            case "unexpected character after line continuation character", "too many levels of indentation",
                    "unindent does not match any outer indentation level",
                    "inconsistent use of tabs and spaces in indentation", "unexpected EOF while parsing" -> true;
            default -> false;
        };
    }

    /**
     * CPython: bad_single_statement — true if nothing but blanks and comments follows the
     * statement just parsed in SINGLE mode.
     */
    private boolean restIsBlank() {
        Token last = lastFetched();
        if (last.colOffset() < 0 || last.kind() == TokenKind.ENDMARKER) {
            return true;
        }
        int line = last.endLineno();
        String text = tokenizer.lineText(line);
        int i = charIndex(text, last.endColOffset());
        while (!text.isEmpty()) {
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '#') {
                    break;
                }
                if (c != ' ' && c != '\t' && c != '\n' && c != '\f') {
                    return false;
                }
            }
            text = tokenizer.lineText(++line);
            i = 0;
        }
        return true;
    }

    /** The index in {@code line} of the character starting at UTF-8 byte {@code byteCol}. */
    private static int charIndex(String line, int byteCol) {
        int bytes = 0;
        int i = 0;
        while (i < line.length() && bytes < byteCol) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            bytes += utf8Length(cp);
        }
        return i;
    }
}
