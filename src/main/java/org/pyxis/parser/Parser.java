package org.pyxis.parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
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
        super(new Tokenizer(source, filename, mode), filename);
        this.mode = mode;
        this.singleInput = mode == Mode.SINGLE;
        this.fileInput = mode == Mode.EXEC;
    }

    /**
     * Parses decoded source text. Throws {@link ParseFailure} for invalid source, including
     * source holding a NUL character, which CPython's {@code compile()} refuses before parsing.
     */
    public static Mod parse(String source, String filename, Mode mode) {
        return parse(source, filename, mode, w -> { });
    }

    /**
     * Parses decoded source text, handing each SyntaxWarning found (invalid escape sequences,
     * suspicious number literals) to {@code warnings}, once per message and line, in source order.
     * Warnings are delivered whether or not the source turns out to be valid.
     */
    public static Mod parse(String source, String filename, Mode mode, Consumer<SyntaxProblem> warnings) {
        if (source.indexOf('\0') >= 0) {
            throw nullBytes();
        }
        Parser parser = new Parser(source, filename, mode);
        try {
            return parser.run();
        } catch (StackOverflowError e) {
            // CPython's own limit (MAXSTACK) is counted in rule calls; a Java stack can run out
            // before it. Retry on a thread with a large stack before giving up.
            return parseOnLargeStack(source, filename, mode);
        } finally {
            parser.reportWarnings(warnings);
        }
    }

    /** Parses source bytes, as {@link #parse(byte[], String, Mode)}, reporting SyntaxWarnings. */
    public static Mod parse(byte[] source, String filename, Mode mode, Consumer<SyntaxProblem> warnings) {
        rejectNullBytes(source);
        return parse(SourceDecoder.decode(source, filename, mode == Mode.EXEC), filename, mode, warnings);
    }

    /**
     * The warnings of both the tokenizer and the parser, in source order, without the repeats a
     * second parsing pass makes (CPython's warning registry shows each message once per line).
     */
    private void reportWarnings(Consumer<SyntaxProblem> sink) {
        List<SyntaxProblem> all = new ArrayList<>(tokenizer.warnings());
        all.addAll(warnings);
        all.sort(Comparator.comparingInt(SyntaxProblem::lineno).thenComparingInt(SyntaxProblem::offset));
        Set<String> seen = new HashSet<>();
        for (SyntaxProblem w : all) {
            if (seen.add(w.lineno() + ":" + w.message())) {
                sink.accept(w);
            }
        }
    }

    /**
     * Parses source bytes, decoding them as CPython does (BOM, coding cookie, UTF-8). A NUL byte
     * anywhere is refused first, as by CPython's {@code compile()}.
     */
    public static Mod parse(byte[] source, String filename, Mode mode) {
        return parse(source, filename, mode, w -> { });
    }

    private static void rejectNullBytes(byte[] source) {
        for (byte b : source) {
            if (b == 0) {
                throw nullBytes();
            }
        }
    }

    /**
     * CPython's {@code compile()} rejects source containing NUL before it parses, with a
     * SyntaxError that has no file name and no position.
     */
    private static ParseFailure nullBytes() {
        return new ParseFailure(new SyntaxProblem(SyntaxProblem.Kind.SYNTAX_ERROR,
                "source code string cannot contain null bytes", null, -1, 0, -1, 0, null));
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
        } catch (Literals.IntegerTooLong e) {
            throw finish(integerTooLong(e));
        }
        if (result != null) {
            if (mode == Mode.SINGLE && !tokenizer.restIsBlank()) {
                throw syntaxError("multiple statements found while compiling a single statement");
            }
            return result;
        }
        Token lastToken = lastFetched();
        clearMemo();
        reset(0);
        level = 0;
        callInvalidRules = true;
        try {
            startRule();
        } catch (ParseFailure e) {
            throw finish(e);
        } catch (Literals.IntegerTooLong e) {
            throw finish(integerTooLong(e));
        }
        throw genericError(lastToken);
    }

    /**
     * The SyntaxError for a decimal integer literal with more digits than int() converts, which
     * CPython raises when its parser makes the literal's value (_PyPegen_number_token): on the
     * NUMBER token's lines, with no column, so that no carets run under the long number. The
     * literal is the token just consumed (rules throw straight out after converting it).
     */
    private ParseFailure integerTooLong(Literals.IntegerTooLong e) {
        Token t = null;
        for (int i = Math.min(pos, tokens.size()) - 1; i >= 0; i--) {
            Token c = tokens.get(i);
            if (c.kind() == TokenKind.NUMBER && c.text().equals(e.text)) {
                t = c;
                break;
            }
        }
        if (t == null) {
            throw new IllegalStateException("integer literal too long, but no NUMBER token consumed");
        }
        return raiseAt(SyntaxProblem.Kind.SYNTAX_ERROR, e.getMessage()
                + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                t.lineno(), 0, t.endLineno(), 0);
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
     * tokenizer error replaces {@code error}, except inside an f-string. An error that CPython's
     * tokenizer only signals (an unclosed bracket at the end of the source, a character after a
     * backslash, ...) does not; instead, while a bracket is open that was opened on a line before
     * {@code error}'s, "'(' was never closed" for it does.
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
            if (message.endsWith("' was never closed") || raisedByParserInCPython(message)) {
                if (tokenizer.bracketLevel() > 0 && errorLine > tokenizer.innermostBracketLine()) {
                    return tokenizer.unclosedBracketError();
                }
                return error;
            }
            // CPython keeps the parser's error when the tokenizer stopped inside an f-string.
            return fstringDepth > 0 ? error : t;
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
}
