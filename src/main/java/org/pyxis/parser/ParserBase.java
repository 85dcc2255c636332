package org.pyxis.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pyxis.parser.ast.Located;

/**
 * The machinery shared by the parser's rule classes: the token buffer with backtracking
 * ({@link #mark()}/{@link #reset(int)}), token matching, memoization, and raising syntax errors at
 * a position. The grammar itself is split by area into a chain of subclasses:
 * {@link ExpressionParser} → {@link PatternParser} → {@link StatementParser} → {@link Parser}
 * (the public entry point). Each rule is a method named after the CPython grammar rule it
 * implements, returning the node or {@code null} when the rule does not match (after restoring
 * the position).
 *
 * <p>Like CPython's parser, parsing runs in up to two passes: the first ignores the
 * {@code invalid_*} rules; when it fails, a second pass with {@link #callInvalidRules} set tries
 * them to raise a precise error. Not thread-safe: one parser per source.
 */
abstract class ParserBase implements Literals.LiteralErrors {
    /** CPython's keywords: never a NAME in an expression or a target. */
    static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
            "yield");

    final Tokenizer tokenizer;
    final String filename;
    /** Tokens fetched so far; the tokenizer is pulled lazily as rules look ahead. */
    final List<Token> tokens = new ArrayList<>();
    /** Index into {@link #tokens} of the next token to consume. */
    int pos;
    /** The second pass: try the {@code invalid_*} rules that raise specific errors. */
    boolean callInvalidRules;
    /**
     * Depth of nested rule calls (CPython: {@code Parser.level}). Rules that recurse call
     * {@link #enter()} on entry and {@link #leave()} on every exit, as CPython's generated rule
     * functions do, so that deep nesting ends in CPython's MemoryError rather than a Java
     * StackOverflowError.
     */
    int level;
    /** Set when the tokenizer raised an error (CPython: {@code tok->done} is not E_OK/E_DONE). */
    boolean tokenizerFailed;
    /**
     * Parsing one interactive statement (mode SINGLE): the first ENDMARKER after some token is
     * read as a NEWLINE ending the statement, then ENDMARKER follows (CPython: the
     * {@code parsing_started} logic of _PyPegen_fill_token).
     */
    boolean singleInput;
    private boolean parsingStarted;
    /**
     * Parsing a module (mode EXEC, CPython's Py_file_input): the text of an error is then read
     * from the file named {@link #filename} when it exists, as CPython does ({@link ProgramText}).
     */
    boolean fileInput;

    /** For each token fetched, whether it is a NAME spelling a hard keyword (looked up once). */
    private boolean[] keywordAt = new boolean[256];

    /** A memoized rule result and the position after it (the memo table is the subclasses'). */
    record Memo(Object node, int endPos) {}

    ParserBase(Tokenizer tokenizer, String filename) {
        this.tokenizer = tokenizer;
        this.filename = filename;
    }

    // ---- token buffer ----

    final int mark() {
        return pos;
    }

    final void reset(int mark) {
        pos = mark;
    }

    /** The next token, without consuming it. */
    final Token peek() {
        return tokenAt(pos);
    }

    /** The token {@code ahead} places after the next one ({@code peek(0) == peek()}). */
    final Token peek(int ahead) {
        return tokenAt(pos + ahead);
    }

    final Token tokenAt(int index) {
        while (tokens.size() <= index) {
            Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            if (last != null && last.kind() == TokenKind.ENDMARKER) {
                return last;
            }
            Token t = nextToken();
            int at = tokens.size();
            if (at == keywordAt.length) {
                keywordAt = java.util.Arrays.copyOf(keywordAt, at * 2);
            }
            keywordAt[at] = t.kind() == TokenKind.NAME && KEYWORDS.contains(t.text()) && spelledAsText(t);
            tokens.add(t);
        }
        return tokens.get(index);
    }

    private Token nextToken() {
        Token t;
        try {
            t = tokenizer.next();
        } catch (ParseFailure e) {
            tokenizerFailed = true;
            throw e;
        }
        if (singleInput) {
            if (t.kind() == TokenKind.ENDMARKER && parsingStarted) {
                // The NEWLINE ends the statement; the blocks still open are closed by DEDENTs
                // before the tokenizer's ENDMARKER comes again.
                parsingStarted = false;
                tokenizer.implyDedents();
                return new Token(TokenKind.NEWLINE, "", t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            }
            parsingStarted = true;
        }
        return t;
    }

    /** The most recently consumed token (CPython: _PyPegen_get_last_nonnwhitespace_token is close). */
    final Token lastToken() {
        return tokens.get(pos - 1);
    }

    /** Consumes and returns the next token. */
    final Token advance() {
        Token t = peek();
        pos++;
        return t;
    }

    /** Consumes the next token if it is of kind {@code kind}; otherwise returns null. */
    final Token expect(TokenKind kind) {
        Token t = peek();
        if (t.kind() == kind) {
            pos++;
            return t;
        }
        return null;
    }

    /**
     * CPython's {@code &&} (_PyPegen_expect_forced_token): consumes a token of kind {@code kind},
     * or raises "expected '...'" at the next token, in either pass.
     */
    final Token expectForced(TokenKind kind, String text) {
        Token t = peek();
        if (t.kind() != kind) {
            throw syntaxErrorAt(t, "expected '" + text + "'");
        }
        pos++;
        return t;
    }

    /** Consumes the next token if it is the keyword or soft keyword {@code word}; otherwise null. */
    final Token expectKeyword(String word) {
        Token t = peek();
        if (t.kind() == TokenKind.NAME && t.text().equals(word) && spelledAsText(t)) {
            pos++;
            return t;
        }
        return null;
    }

    /** True if the next token is of kind {@code kind}, without consuming it. */
    final boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    /** True if the next token is the keyword or soft keyword {@code word}, without consuming it. */
    final boolean atKeyword(String word) {
        Token t = peek();
        return t.kind() == TokenKind.NAME && t.text().equals(word) && spelledAsText(t);
    }

    /**
     * True if token {@code t} is written in the source as its text. A NAME's text is its
     * NFKC-normalized spelling, but CPython recognizes keywords and soft keywords before it
     * normalizes: {@code ｉｆ} is the name {@code if}, not the keyword. (Keywords are ASCII, so a
     * width in bytes other than the text's length means a different spelling.)
     */
    static boolean spelledAsText(Token t) {
        return t.lineno() == t.endLineno() && t.endColOffset() - t.colOffset() == t.text().length();
    }

    /** CPython's {@code NAME} in the grammar: a name that is not a hard keyword. */
    final Token expectName() {
        Token t = peek();
        if (t.kind() == TokenKind.NAME && !keywordAt[pos]) {
            pos++;
            return t;
        }
        return null;
    }

    /**
     * The last consumed token that is not NEWLINE, INDENT, DEDENT or ENDMARKER: where a node built
     * by the rule just matched ends. CPython: _PyPegen_get_last_nonnwhitespace_token (EXTRA).
     */
    final Token lastNonWhitespaceToken() {
        Token t = null;
        for (int m = pos - 1; m >= 0; m--) {
            t = tokens.get(m);
            if (!isWhitespace(t.kind())) {
                break;
            }
        }
        return t;
    }

    static boolean isWhitespace(TokenKind k) {
        return k == TokenKind.NEWLINE || k == TokenKind.INDENT || k == TokenKind.DEDENT
                || k == TokenKind.ENDMARKER;
    }

    // ---- memoization ----

    // Rule ids: ExpressionParser uses ids below 500; PatternParser 500-599; StatementParser 600-699.

    /**
     * Forgets every memoized rule result. {@link Parser} calls it between the two passes, as
     * CPython empties its memo before the pass with the invalid rules; a subclass keeping a memo
     * table overrides it.
     */
    void clearMemo() {}

    // ---- recursion depth ----

    /** CPython: MAXSTACK, the limit on nested rule calls before the parser gives up. */
    static final int MAXSTACK = 6000;

    /** CPython: the {@code p->level++ == MAXSTACK} check at the top of every rule function. */
    final void enter() {
        if (level++ == MAXSTACK) {
            throw stackOverflow();
        }
    }

    final void leave() {
        level--;
    }

    /** CPython: _Pypegen_stack_overflow. */
    final ParseFailure stackOverflow() {
        return new ParseFailure(new SyntaxProblem(SyntaxProblem.Kind.MEMORY_ERROR,
                "Parser stack overflowed - Python source too complex to parse", filename, 0, 0, 0, 0, null));
    }

    // ---- errors ----
    //
    // CPython's error macros each pick a location, then _PyPegen_raise_error_known_location turns
    // 1-based byte columns into character offsets on the error's first line. The methods below
    // return the failure; callers throw it.

    /** The last token fetched from the tokenizer (CPython: {@code p->tokens[p->fill - 1]}). */
    final Token lastFetched() {
        return tokens.isEmpty() ? peek() : tokens.get(tokens.size() - 1);
    }

    /** CPython: RAISE_SYNTAX_ERROR — positioned at the last token fetched from the tokenizer. */
    final ParseFailure syntaxError(String message) {
        return errorAtToken(SyntaxProblem.Kind.SYNTAX_ERROR, message, lastFetched());
    }

    /** CPython: RAISE_INDENTATION_ERROR — positioned at the last token fetched. */
    final ParseFailure indentationError(String message) {
        return errorAtToken(SyntaxProblem.Kind.INDENTATION_ERROR, message, lastFetched());
    }

    /** CPython: RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN — positioned at the next token to consume. */
    final ParseFailure syntaxErrorOnNextToken(String message) {
        return errorAtToken(SyntaxProblem.Kind.SYNTAX_ERROR, message, peek());
    }

    /**
     * CPython: _PyPegen_raise_error. INDENT, DEDENT and ENDMARKER have no column (-1) for CPython's
     * parser; it then reports the tokenizer's current column, which is the line's indentation for
     * INDENT and DEDENT and the end of the last line for ENDMARKER.
     */
    final ParseFailure errorAtToken(SyntaxProblem.Kind kind, String message, Token t) {
        int col;
        int endCol = -1;
        if (t.colOffset() < 0) {
            col = currentColumn(t);
        } else {
            col = t.colOffset() + 1;
            if (t.endColOffset() >= 0) {
                endCol = t.endColOffset() + 1;
            }
        }
        return raiseAt(kind, message, t.lineno(), col, t.endLineno(), endCol);
    }

    /**
     * The tokenizer's column (CPython: {@code tok->cur - tok->line_start}), which CPython reports
     * for an error on a token without a column.
     */
    private int currentColumn(Token t) {
        return cursorColumn();
    }

    /** The tokenizer's byte column in its current line (CPython: {@code tok->cur - tok->line_start}). */
    private int cursorColumn() {
        return tokenizer.cursorByteColumn();
    }

    /**
     * CPython: RAISE_SYNTAX_ERROR_KNOWN_LOCATION at a token. INDENT, DEDENT and ENDMARKER have
     * column -1, which CPython turns into offsets 0.
     */
    final ParseFailure syntaxErrorAt(Token t, String message) {
        if (t.colOffset() < 0) {
            return raiseAt(SyntaxProblem.Kind.SYNTAX_ERROR, message, t.lineno(), 0, t.endLineno(), 0);
        }
        return raiseAt(SyntaxProblem.Kind.SYNTAX_ERROR, message, t.lineno(), t.colOffset() + 1, t.endLineno(),
                t.endColOffset() + 1);
    }

    /** CPython: RAISE_SYNTAX_ERROR_KNOWN_LOCATION for a node. */
    final ParseFailure syntaxErrorAt(Located n, String message) {
        return raiseAt(SyntaxProblem.Kind.SYNTAX_ERROR, message, n.lineno(), n.colOffset() + 1, n.endLineno(),
                n.endColOffset() + 1);
    }

    /** CPython: RAISE_SYNTAX_ERROR_KNOWN_RANGE, from a start to an end given as 0-based byte columns. */
    final ParseFailure syntaxErrorRange(int lineno, int col, int endLineno, int endCol, String message) {
        return raiseAt(SyntaxProblem.Kind.SYNTAX_ERROR, message, lineno, col + 1, endLineno, endCol + 1);
    }

    /** CPython: RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b): from the start of {@code a} to the end of {@code b}. */
    final ParseFailure syntaxErrorRange(Located a, Located b, String message) {
        return syntaxErrorRange(a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset(), message);
    }

    final ParseFailure syntaxErrorRange(Token a, Token b, String message) {
        return syntaxErrorRange(a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset(), message);
    }

    final ParseFailure syntaxErrorRange(Token a, Located b, String message) {
        return syntaxErrorRange(a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset(), message);
    }

    final ParseFailure syntaxErrorRange(Located a, Token b, String message) {
        return syntaxErrorRange(a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset(), message);
    }

    /**
     * CPython: RAISE_SYNTAX_ERROR_STARTING_FROM — from a start to the tokenizer's current position,
     * the end of the last token fetched (CPython's CURRENT_POS, not shifted to 1-based).
     */
    final ParseFailure syntaxErrorStartingFrom(int lineno, int col, String message) {
        return raiseAt(SyntaxProblem.Kind.SYNTAX_ERROR, message, lineno, col + 1, tokenizer.cursorLine(),
                cursorColumn());
    }

    final ParseFailure syntaxErrorStartingFrom(Token a, String message) {
        return syntaxErrorStartingFrom(a.lineno(), a.colOffset(), message);
    }

    final ParseFailure syntaxErrorStartingFrom(Located a, String message) {
        return syntaxErrorStartingFrom(a.lineno(), a.colOffset(), message);
    }

    /**
     * Builds the failure for an error spanning the given byte positions (0-based columns),
     * converting them to the 1-based character offsets a SyntaxError carries. An {@code endLineno}
     * of -1 means no end.
     */
    final ParseFailure errorAt(SyntaxProblem.Kind kind, String message, int lineno, int byteCol, int endLineno,
            int endByteCol) {
        if (endLineno < 0) {
            return raiseAt(kind, message, lineno, byteCol + 1, lineno, 0);
        }
        return raiseAt(kind, message, lineno, byteCol + 1, endLineno, endByteCol + 1);
    }

    /**
     * CPython: _PyPegen_raise_error_known_location. {@code col} and {@code endCol} are 1-based byte
     * offsets, both measured on line {@code lineno} (as CPython does, even for an error ending on a
     * later line) and clamped to its end; an {@code endCol} of 0 or less is kept as is.
     */
    final ParseFailure raiseAt(SyntaxProblem.Kind kind, String message, int lineno, int col, int endLineno,
            int endCol) {
        String text = fileInput ? ProgramText.line(filename, lineno) : null;
        if (text == null) {
            text = errorLineText(lineno);
        }
        int offset = byteToCharOffset(text, col);
        int endOffset = endCol > 0 ? byteToCharOffset(text, endCol) : endCol;
        return new ParseFailure(new SyntaxProblem(kind, message, filename, lineno, offset, endLineno, endOffset,
                text));
    }

    /**
     * The text CPython attaches to an error on line {@code lineno}, against which it also
     * measures the offsets: a line before the tokenizer's current one without its newline; for
     * the current line, the tokenizer's line buffer, which holds that line with its newline,
     * preceded by the earlier lines of a token (a triple-quoted string, a backslash continuation)
     * that ran into it; a later line (past the end: "") as it is.
     */
    final String errorLineText(int lineno) {
        int current = tokenizer.cursorLine();
        if (lineno == current) {
            return tokenizer.errorLineText(lineno);
        }
        String text = tokenizer.lineText(lineno);
        if (lineno < current) {
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        }
        return text;
    }

    /**
     * CPython: _PyPegen_byte_offset_to_character_offset — the number of characters in the first
     * {@code col} bytes of {@code line} (a character cut in the middle counts), {@code col} being
     * clamped to one past the line's end.
     */
    static int byteToCharOffset(String line, int col) {
        int len = utf8Length(line);
        if (col > len + 1) {
            col = len + 1;
        }
        if (col <= 0) {
            return 0;
        }
        int bytes = 0;
        int chars = 0;
        for (int i = 0; i < line.length() && bytes < col; ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            bytes += utf8Length(cp);
            chars++;
        }
        return chars + Math.max(0, col - bytes);
    }

    static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            n += utf8Length(cp);
        }
        return n;
    }

    /** The number of characters (code points) in the first {@code byteCol} UTF-8 bytes of {@code line}. */
    static int charOffset(String line, int byteCol) {
        int bytes = 0;
        int chars = 0;
        for (int i = 0; i < line.length() && bytes < byteCol; ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            bytes += utf8Length(cp);
            chars++;
        }
        return chars + Math.max(0, byteCol - bytes);
    }

    // ---- Literals.LiteralErrors: literal decoding reports at the literal's token ----

    /** SyntaxWarnings found while parsing, in order. */
    final List<SyntaxProblem> warnings = new ArrayList<>();

    @Override
    public ParseFailure error(Token token, String message) {
        return syntaxErrorAt(token, message);
    }

    @Override
    public void warning(Token token, String message) {
        String text = tokenizer.lineText(token.lineno());
        warnings.add(new SyntaxProblem(SyntaxProblem.Kind.SYNTAX_ERROR, message, filename, token.lineno(),
                charOffset(text, token.colOffset()) + 1, token.endLineno(), 0, text));
    }
}
