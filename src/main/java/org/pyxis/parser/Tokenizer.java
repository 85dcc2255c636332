package org.pyxis.parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns decoded source text into the tokens the parser reads, one {@link #next()} at a time,
 * behaving as CPython 3.13's C tokenizer does in parser mode (Parser/lexer/lexer.c): the same
 * token kinds, texts and positions, the same errors at the same places. Comments and blank lines
 * produce no tokens (CPython gives the parser no COMMENT or NL tokens either). A character that
 * starts no token ({@code $}, {@code ?}, a backtick) is an ERRORTOKEN, which the parser rejects.
 * The parsing mode matters as in CPython: only a module (EXEC) gets a line break added to an
 * unterminated last line, so in the other modes the source can end without a NEWLINE token.
 *
 * <p>Positions are CPython's: lines are 1-based, columns 0-based UTF-8 byte offsets (see {@link
 * Token}). As in CPython, some tokens carry no column:
 * <ul>
 * <li>INDENT, DEDENT and ENDMARKER have text "" and columns -1; their line is the line the
 *     tokenizer was reading when it made them. {@link #cursorByteColumn()} gives what CPython
 *     uses instead when an error lands on one of them.
 * <li>NEWLINE starts at the line's {@code '\n'} (or at the comment before it, whose text it then
 *     holds) and ends one byte after the {@code '\n'}.
 * <li>FSTRING_MIDDLE holds literal text with a doubled brace collapsed: {@code f"a{{b"} gives
 *     FSTRING_MIDDLE "a{" then FSTRING_MIDDLE "b"; the first ends after the second brace. Empty
 *     FSTRING_MIDDLE tokens appear where CPython makes them (before a '}' ending a format spec).
 * </ul>
 *
 * <p>Errors are thrown as {@link ParseFailure}s carrying what {@code compile()} reports for them
 * (message, line, offsets, text); after a failure {@link #next()} throws it again. Warnings (an
 * invalid escape {@code \{} in an f-string, a number run into a keyword as in {@code 1if}) are
 * collected in {@link #warnings()} as problems positioned where CPython would raise them as
 * errors under {@code -W error}.
 *
 * <p>Sections: reading tokens (the regular mode), indentation, names and strings, f-strings,
 * operators and brackets, queries for the parser.
 */
public final class Tokenizer {
    private static final int EOF = SourceCursor.EOF;
    private static final int TAB_SIZE = 8;
    /** CPython: ALTTABSIZE; a second indentation measure that makes tab/space mixes visible. */
    private static final int ALT_TAB_SIZE = 1;
    /** CPython: MAXINDENT. */
    private static final int MAX_INDENT = 100;
    /** CPython: MAXLEVEL. */
    private static final int MAX_LEVEL = 200;
    /** CPython: MAXFSTRINGLEVEL. */
    private static final int MAX_FSTRING_LEVEL = 150;
    /** CPython: MAX_EXPR_NESTING. */
    private static final int MAX_EXPR_NESTING = 3;

    private final SourceCursor in;
    /**
     * Reading a module (mode EXEC): the text of an error CPython's parser reports for the
     * tokenizer is then read from the file named by the filename, if there is one ({@link
     * ProgramText}).
     */
    private final boolean fileInput;
    private final List<SyntaxProblem> warnings = new ArrayList<>();

    // CPython: tok->indstack, tok->altindstack, tok->indent, tok->pendin, tok->atbol.
    private final int[] indStack = new int[MAX_INDENT];
    private final int[] altIndStack = new int[MAX_INDENT];
    private int indent;
    private int pending;
    private boolean atBol = true;

    // CPython: tok->parenstack, tok->parenlinenostack, tok->parencolstack (as a char index), tok->level.
    private final char[] parenStack = new char[MAX_LEVEL];
    private final int[] parenLine = new int[MAX_LEVEL];
    private final int[] parenIndex = new int[MAX_LEVEL];
    private int level;

    // CPython: tok->tok_mode_stack; modes[0 .. modeCount) are the open f-strings.
    private FStringMode[] modes = new FStringMode[8];
    private int modeCount;

    /** Index of the first character of the token being scanned (CPython: tok->start). */
    private int start;
    /** The debug text to attach to the token being made (CPython: token->metadata). */
    private String pendingDebugText;
    private Map<Token, String> debugTexts;

    private boolean finished;
    private ParseFailure failure;

    /** A tokenizer for a module (mode EXEC). */
    public Tokenizer(String source, String filename) {
        this(source, filename, Parser.Mode.EXEC);
    }

    /**
     * A tokenizer for source to be parsed in {@code mode}. Only a module (EXEC) gets a line break
     * added to a last line that lacks one, as in CPython; in the other modes the last line can
     * end without a NEWLINE token.
     */
    public Tokenizer(String source, String filename, Parser.Mode mode) {
        this.fileInput = mode == Parser.Mode.EXEC;
        this.in = new SourceCursor(source, filename, fileInput);
    }

    // ---- reading tokens ----

    /** The next token; ENDMARKER forever once the source is exhausted. */
    public Token next() {
        if (failure != null) {
            throw failure;
        }
        try {
            FStringMode mode = modeCount == 0 ? null : modes[modeCount - 1];
            Token t = mode != null && mode.inLiteral ? fstringMode(mode) : regularMode(mode);
            if (pendingDebugText != null) {
                if (debugTexts == null) {
                    debugTexts = new IdentityHashMap<>();
                }
                debugTexts.put(t, pendingDebugText);
                pendingDebugText = null;
            }
            return t;
        } catch (ParseFailure f) {
            failure = f;
            throw f;
        }
    }

    /** CPython: tok_get_normal_mode. */
    private Token regularMode(FStringMode mode) {
        if (finished) {
            if (pending < 0) {
                pending++;
                return new Token(TokenKind.DEDENT, "", in.lineno, -1, in.lineno, -1);
            }
            return endMarker();
        }
        for (;;) { // once per physical line
            in.holdBuffer = false;
            boolean blankLine = false;
            if (atBol) {
                blankLine = indentation();
            }
            if (pending != 0) {
                if (pending < 0) {
                    pending++;
                    return new Token(TokenKind.DEDENT, "", in.lineno, -1, in.lineno, -1);
                }
                pending--;
                return new Token(TokenKind.INDENT, "", in.lineno, -1, in.lineno, -1);
            }
            for (;;) { // once per backslash continuation
                in.holdBuffer = false;
                int c;
                do {
                    c = in.nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                start = c == EOF ? in.pos : in.pos - 1;
                in.holdBuffer = true;

                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = in.nextc();
                    }
                }
                if (c == EOF) {
                    if (level > 0) {
                        throw unclosedBracket();
                    }
                    finished = true;
                    return endMarker();
                }
                if (isPotentialIdentifierStart(c)) {
                    return nameOrPrefixedString(c);
                }
                if (c == '\n') {
                    atBol = true;
                    if (blankLine || level > 0) {
                        break;
                    }
                    return make(TokenKind.NEWLINE, in.text(start, in.pos - 1));
                }
                if (c == '.') {
                    int c2 = in.nextc();
                    if (isDigit(c2)) {
                        new NumberScanner(in, start, warnings).fraction(c2);
                        return make(TokenKind.NUMBER, in.text(start, in.pos));
                    }
                    if (c2 == '.') {
                        int c3 = in.nextc();
                        if (c3 == '.') {
                            return make(TokenKind.ELLIPSIS, TokenKind.ELLIPSIS.operator);
                        }
                        in.backup(c3);
                    }
                    in.backup(c2);
                    return make(TokenKind.DOT, TokenKind.DOT.operator);
                }
                if (isDigit(c)) {
                    new NumberScanner(in, start, warnings).number(c);
                    return make(TokenKind.NUMBER, in.text(start, in.pos));
                }
                if (c == '\'' || c == '"') {
                    return string(c);
                }
                if (c == '\\') {
                    continuationLine();
                    continue;
                }
                return operator(c, mode);
            }
        }
    }

    private Token make(TokenKind kind, String text) {
        int line = in.lineno;
        return new Token(kind, text, line, in.byteCol(start), line, in.byteCol(in.pos));
    }

    private Token endMarker() {
        return new Token(TokenKind.ENDMARKER, "", in.lineno, -1, in.lineno, -1);
    }

    /** After a backslash: the next character must end the line. CPython: tok_continuation_line. */
    private void continuationLine() {
        int c = in.nextc();
        if (c != '\n') {
            // CPython: E_LINECONT, reported by the parser at the character after the backslash,
            // counting from the start of its line buffer.
            throw reportedByParser(SyntaxProblem.Kind.SYNTAX_ERROR,
                    "unexpected character after line continuation character", in.lineno,
                    in.bytesBetween(in.bufStart(), in.pos), 0);
        }
        c = in.nextc();
        if (c == EOF) {
            if (level > 0) {
                throw unclosedBracket();
            }
            // CPython: E_EOF, reported at the end of the last line.
            throw endOfLineError(SyntaxProblem.Kind.SYNTAX_ERROR, "unexpected EOF while parsing");
        }
        in.backup(c);
    }

    /** "'(' was never closed", at the innermost open bracket (CPython: raise_unclosed_parentheses_error). */
    private ParseFailure unclosedBracket() {
        int line = parenLine[level - 1];
        int col = in.bytesBetween(in.lineStartIndex(line), parenIndex[level - 1]);
        return reportedByParser(SyntaxProblem.Kind.SYNTAX_ERROR, "'" + parenStack[level - 1] + "' was never closed",
                line, col + 1, 0);
    }

    /**
     * An error CPython's parser reports for its tokenizer at the cursor, which is at the end of
     * the current line (E_EOF, E_DEDENT): the offset counts the line's bytes.
     */
    private ParseFailure endOfLineError(SyntaxProblem.Kind kind, String message) {
        return reportedByParser(kind, message, in.lineno, in.bytesBetween(in.lineStart, in.lineEnd), -1);
    }

    /**
     * An error that CPython's tokenizer only signals and its parser raises
     * (_PyPegen_raise_error_known_location), on line {@code line} (also its end line) at the
     * 1-based byte offset {@code byteOffset}, which becomes a character offset in the error's
     * text. That text is the line as read again from the file for a module (see {@link
     * ProgramText}), else the tokenizer's line buffer. {@code endOffset} is kept as given (0 or
     * -1: none).
     */
    private ParseFailure reportedByParser(SyntaxProblem.Kind kind, String message, int line, int byteOffset,
            int endOffset) {
        String text = fileInput ? ProgramText.line(in.filename, line) : null;
        if (text == null) {
            text = in.errorLineText(line);
        }
        return in.failure(kind, message, line, SourceCursor.byteOffsetToCharOffset(text, byteOffset), line,
                endOffset, text);
    }

    // ---- indentation ----

    /**
     * Measures the indentation of a new line and queues INDENT/DEDENT tokens. Returns true if the
     * line is blank or holds only a comment.
     */
    private boolean indentation() {
        atBol = false;
        int col = 0;
        int altCol = 0;
        int contLineCol = 0;
        int c;
        for (;;) {
            c = in.nextc();
            if (c == ' ') {
                col++;
                altCol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altCol = (altCol / ALT_TAB_SIZE + 1) * ALT_TAB_SIZE;
            } else if (c == '\f') {
                col = altCol = 0;
            } else if (c == '\\') {
                // The first backslash-continued run of whitespace fixes the indentation.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                continuationLine();
            } else {
                break;
            }
        }
        in.backup(c);
        boolean blankLine = c == '#' || c == '\n';
        if (blankLine || level != 0) {
            return blankLine;
        }
        if (contLineCol != 0) {
            col = contLineCol;
            altCol = contLineCol;
        }
        if (col == indStack[indent]) {
            if (altCol != altIndStack[indent]) {
                throw indentError(SyntaxProblem.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation");
            }
        } else if (col > indStack[indent]) {
            if (indent + 1 >= MAX_INDENT) {
                throw indentError(SyntaxProblem.Kind.INDENTATION_ERROR, "too many levels of indentation");
            }
            if (altCol <= altIndStack[indent]) {
                throw indentError(SyntaxProblem.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation");
            }
            pending++;
            indStack[++indent] = col;
            altIndStack[indent] = altCol;
        } else {
            while (indent > 0 && col < indStack[indent]) {
                pending--;
                indent--;
            }
            if (col != indStack[indent]) {
                // CPython: E_DEDENT, reported at the end of the line.
                throw endOfLineError(SyntaxProblem.Kind.INDENTATION_ERROR,
                        "unindent does not match any outer indentation level");
            }
            if (altCol != altIndStack[indent]) {
                throw indentError(SyntaxProblem.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation");
            }
        }
        return false;
    }

    /** CPython: E_TABSPACE and E_TOODEEP, which the parser reports at the start of the line. */
    private ParseFailure indentError(SyntaxProblem.Kind kind, String message) {
        return reportedByParser(kind, message, in.lineno, 1, 0);
    }

    // ---- names and strings ----

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** CPython: is_potential_identifier_start; every non-ASCII character may start a name. */
    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    /** CPython: is_potential_identifier_char. */
    static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    /** A name, or a string whose prefix letters have been read as the start of a name. */
    private Token nameOrPrefixedString(int c) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = in.nextc();
            if (c == '"' || c == '\'') {
                return sawF ? fstringStart(c) : string(c);
            }
        }
        boolean nonAscii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonAscii = true;
            }
            c = in.nextc();
        }
        in.backup(c);
        String text = in.text(start, in.pos);
        if (nonAscii) {
            verifyIdentifier(text);
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
                text = Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return make(TokenKind.NAME, text);
    }

    /** Reports the first character that cannot be part of an identifier. CPython: verify_identifier. */
    private void verifyIdentifier(String text) {
        if (Utf8.hasMarker(text, 0, text.length())) {
            throw undecodableName(text);
        }
        int i = 0;
        boolean first = true;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean ok = first ? Identifiers.isStart(cp) : Identifiers.isContinue(cp);
            if (!ok) {
                in.pos = start + i + Character.charCount(cp);
                String message = Identifiers.isPrintable(cp)
                        ? "invalid character '" + Character.toString(cp) + "' (U+" + hex4(cp) + ")"
                        : "invalid non-printable character U+" + hex4(cp);
                throw in.errorAtCursor(message);
            }
            first = false;
            i += Character.charCount(cp);
        }
    }

    /**
     * A name holding bytes that are not UTF-8 (CPython: E_DECODE). CPython reports it at the end
     * of the name, measuring the offset in a copy of the line where each undecodable sequence has
     * become U+FFFD, but counting the bytes of the original line.
     */
    private ParseFailure undecodableName(String text) {
        String message = "(unicode error) " + Utf8.describeError(Utf8.toBytes(text, 0, text.length()));
        return reportedByParser(SyntaxProblem.Kind.SYNTAX_ERROR, message, in.lineno,
                in.bytesBetween(in.lineStart, in.pos), -1);
    }

    static String hex4(int cp) {
        String h = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        return h.length() >= 4 ? h : "0000".substring(h.length()) + h;
    }

    /** A string literal whose opening quote {@code quote} has just been read. */
    private Token string(int quote) {
        int firstLine = in.lineno;
        int firstLineStart = in.lineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
        boolean escapedQuote = false;

        int c = in.nextc();
        if (c == quote) {
            c = in.nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1; // the empty string
            }
        }
        if (c != quote) {
            in.backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = in.nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                throw unterminatedString(quote, quoteSize, escapedQuote, firstLine, firstLineStart);
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    c = in.nextc();
                    if (c == quote) {
                        escapedQuote = true;
                    }
                }
            }
        }
        return new Token(TokenKind.STRING, in.text(start, in.pos), firstLine, in.byteCol(start, firstLineStart),
                in.lineno, in.byteCol(in.pos));
    }

    private ParseFailure unterminatedString(int quote, int quoteSize, boolean escapedQuote, int firstLine,
            int firstLineStart) {
        int detectedAt = in.lineno;
        in.rewind(start + 1, firstLine, firstLineStart);
        if (modeCount > 0) {
            FStringMode mode = modes[modeCount - 1];
            if (mode.quote == quote && mode.quoteSize == quoteSize) {
                return in.errorAtCursor("f-string: expecting '}'");
            }
        }
        if (quoteSize == 3) {
            return in.errorAtCursor("unterminated triple-quoted string literal (detected at line " + detectedAt + ")");
        }
        if (escapedQuote) {
            return in.errorAtCursor("unterminated string literal (detected at line " + detectedAt
                    + "); perhaps you escaped the end quote?");
        }
        return in.errorAtCursor("unterminated string literal (detected at line " + detectedAt + ")");
    }

    // ---- f-strings ----

    /** FSTRING_START, once its prefix and first quote have been read. */
    private Token fstringStart(int quote) {
        int quoteSize = 1;
        int after = in.nextc();
        if (after == quote) {
            int afterAfter = in.nextc();
            if (afterAfter == quote) {
                quoteSize = 3;
            } else {
                in.backup(afterAfter);
                in.backup(after);
            }
        } else {
            in.backup(after);
        }
        if (modeCount + 1 >= MAX_FSTRING_LEVEL) {
            throw in.errorAtCursor("too many nested f-strings");
        }
        boolean raw = false;
        for (int i = start; i < in.pos; i++) {
            char ch = in.source.charAt(i);
            if (ch == 'r' || ch == 'R') {
                raw = true;
            }
        }
        if (modeCount == modes.length) {
            modes = Arrays.copyOf(modes, modeCount * 2);
        }
        modes[modeCount++] = new FStringMode((char) quote, quoteSize, raw, start, in.lineStart, in.lineno);
        return make(TokenKind.FSTRING_START, in.text(start, in.pos));
    }

    /** Scanning an f-string's literal text or format spec. CPython: tok_get_fstring_mode. */
    private Token fstringMode(FStringMode mode) {
        start = in.pos;
        in.holdBuffer = true;
        int firstLine = in.lineno;
        int firstLineStart = in.lineStart;

        // A field starting right here is the regular mode's to scan.
        int startChar = in.nextc();
        if (startChar == '{') {
            int peek = in.nextc();
            in.backup(peek);
            in.backup(startChar);
            if (peek != '{') {
                enterField(mode);
                return regularMode(mode);
            }
        } else {
            in.backup(startChar);
        }

        boolean atEnd = true;
        for (int i = 0; i < mode.quoteSize; i++) {
            int q = in.nextc();
            if (q != mode.quote) {
                in.backup(q);
                atEnd = false;
                break;
            }
        }
        if (atEnd) {
            modeCount--;
            return make(TokenKind.FSTRING_END, in.text(start, in.pos));
        }

        int endQuoteSize = 0;
        boolean unicodeEscape = false;
        int textEnd = -1; // where the token's text stops when a doubled brace was skipped
        while (endQuoteSize != mode.quoteSize) {
            int c = in.nextc();
            boolean inFormatSpec = mode.inFormatSpec && mode.insideExpr();
            if (c == EOF || (mode.quoteSize == 1 && c == '\n')) {
                if (inFormatSpec && c == '\n') {
                    in.backup(c);
                    mode.inLiteral = false;
                    mode.inFormatSpec = false;
                    break;
                }
                throw unterminatedFString(mode);
            }
            if (c == mode.quote) {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;
            if (c == '{') {
                mode.updateExpr('{', in.pos);
                int peek = in.nextc();
                if (peek != '{' || inFormatSpec) {
                    in.backup(peek);
                    in.backup(c);
                    enterField(mode);
                    mode.inFormatSpec = false;
                } else {
                    textEnd = in.pos - 1;
                }
                return middle(textEnd, firstLine, firstLineStart);
            } else if (c == '}') {
                if (unicodeEscape) {
                    return middle(-1, firstLine, firstLineStart);
                }
                int peek = in.nextc();
                if (peek == '}' && !inFormatSpec && mode.bracketDepth == 0) {
                    textEnd = in.pos - 1;
                } else {
                    in.backup(peek);
                    in.backup(c);
                    mode.inLiteral = false;
                    mode.inFormatSpec = false;
                }
                return middle(textEnd, firstLine, firstLineStart);
            } else if (c == '\\') {
                int peek = in.nextc();
                if (peek == '{' || peek == '}') {
                    if (!mode.raw) {
                        warnings.add(in.problemAtCursor("invalid escape sequence '\\" + (char) peek + "'"));
                    }
                    in.backup(peek);
                    continue;
                }
                if (!mode.raw && peek == 'N') {
                    peek = in.nextc();
                    if (peek == '{') {
                        unicodeEscape = true;
                    } else {
                        in.backup(peek);
                    }
                }
            }
        }
        if (endQuoteSize == mode.quoteSize) {
            // Leave the closing quotes for FSTRING_END.
            in.pos -= mode.quoteSize;
        }
        return middle(-1, firstLine, firstLineStart);
    }

    private Token middle(int textEnd, int firstLine, int firstLineStart) {
        String text = in.text(start, textEnd >= 0 ? textEnd : in.pos);
        return new Token(TokenKind.FSTRING_MIDDLE, text, firstLine, in.byteCol(start, firstLineStart), in.lineno,
                in.byteCol(in.pos));
    }

    private void enterField(FStringMode mode) {
        mode.exprStartDepth++;
        if (mode.exprStartDepth >= MAX_EXPR_NESTING) {
            throw in.errorAtCursor("f-string: expressions nested too deeply");
        }
        mode.inLiteral = false;
    }

    private ParseFailure unterminatedFString(FStringMode mode) {
        int detectedAt = in.lineno;
        in.rewind(mode.start + 1, mode.startLine, mode.startLineStart);
        if (mode.quoteSize == 3) {
            return in.errorAtCursor("unterminated triple-quoted f-string literal (detected at line " + detectedAt + ")");
        }
        return in.errorAtCursor("unterminated f-string literal (detected at line " + detectedAt + ")");
    }

    // ---- operators and brackets ----

    private Token operator(int c, FStringMode mode) {
        if (mode != null && mode.insideExpr() && (c == ':' || c == '}' || c == '!' || c == '{')) {
            // Only the brackets of the field itself (or, with '=' or in a format spec, one level
            // in) delimit the field's expression.
            int cursor = mode.bracketDepth - (c != '{' ? 1 : 0);
            boolean cursorValid = cursor == 0 || (cursor == 1 && (mode.debug || mode.inFormatSpec));
            if (cursorValid) {
                mode.updateExpr(c, c == '{' ? in.pos : start);
                if (c != '{') {
                    pendingDebugText = mode.debugText(in.source);
                }
            }
            if (c == ':' && cursor == mode.exprStartDepth) {
                mode.inLiteral = true;
                mode.inFormatSpec = true;
                return make(TokenKind.COLON, TokenKind.COLON.operator);
            }
        }

        int c2 = in.nextc();
        TokenKind two = twoChars(c, c2);
        if (two != null) {
            int c3 = in.nextc();
            TokenKind three = threeChars(c, c2, c3);
            if (three != null) {
                return make(three, three.operator);
            }
            in.backup(c3);
            return make(two, two == TokenKind.NOTEQUAL && c == '<' ? "<>" : two.operator);
        }
        in.backup(c2);

        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAX_LEVEL) {
                    throw in.errorAtCursor("too many nested parentheses");
                }
                parenStack[level] = (char) c;
                parenLine[level] = in.lineno;
                parenIndex[level] = start;
                level++;
                if (mode != null) {
                    mode.bracketDepth++;
                }
            }
            case ')', ']', '}' -> closeBracket(c, mode);
            default -> {
            }
        }

        TokenKind one = oneChar(c);
        if (one == null) {
            if (!Identifiers.isPrintable(c)) {
                throw in.errorAtCursor("invalid non-printable character U+" + hex4(c));
            }
            // CPython makes an OP token here that no grammar rule accepts: parsing fails there.
            return make(TokenKind.ERRORTOKEN, Character.toString(c));
        }
        if (c == '=' && mode != null && mode.insideExpr()) {
            mode.debug = true;
        }
        return make(one, one.operator);
    }

    private void closeBracket(int c, FStringMode mode) {
        if (mode != null && mode.bracketDepth == 0 && c == '}') {
            throw in.errorAtCursor("f-string: single '}' is not allowed");
        }
        if (level == 0) {
            throw in.errorAtCursor("unmatched '" + (char) c + "'");
        }
        level--;
        char opening = parenStack[level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
            if (mode != null && opening == '{' && mode.bracketDepth - 1 == mode.exprStartDepth) {
                throw in.errorAtCursor("f-string: unmatched '" + (char) c + "'");
            }
            if (parenLine[level] != in.lineno) {
                throw in.errorAtCursor("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                        + opening + "' on line " + parenLine[level]);
            }
            throw in.errorAtCursor("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                    + opening + "'");
        }
        if (mode != null) {
            mode.bracketDepth--;
            if (mode.bracketDepth < 0) {
                throw in.errorAtCursor("f-string: unmatched '" + (char) c + "'");
            }
            if (c == '}' && mode.bracketDepth == mode.exprStartDepth) {
                mode.exprStartDepth--;
                mode.inLiteral = true;
                mode.inFormatSpec = false;
                mode.debug = false;
            }
        }
    }

    /** CPython: _PyToken_OneChar (null where it returns OP). */
    private static TokenKind oneChar(int c) {
        return switch (c) {
            case '!' -> TokenKind.EXCLAMATION;
            case '%' -> TokenKind.PERCENT;
            case '&' -> TokenKind.AMPER;
            case '(' -> TokenKind.LPAR;
            case ')' -> TokenKind.RPAR;
            case '*' -> TokenKind.STAR;
            case '+' -> TokenKind.PLUS;
            case ',' -> TokenKind.COMMA;
            case '-' -> TokenKind.MINUS;
            case '.' -> TokenKind.DOT;
            case '/' -> TokenKind.SLASH;
            case ':' -> TokenKind.COLON;
            case ';' -> TokenKind.SEMI;
            case '<' -> TokenKind.LESS;
            case '=' -> TokenKind.EQUAL;
            case '>' -> TokenKind.GREATER;
            case '@' -> TokenKind.AT;
            case '[' -> TokenKind.LSQB;
            case ']' -> TokenKind.RSQB;
            case '^' -> TokenKind.CIRCUMFLEX;
            case '{' -> TokenKind.LBRACE;
            case '|' -> TokenKind.VBAR;
            case '}' -> TokenKind.RBRACE;
            case '~' -> TokenKind.TILDE;
            default -> null;
        };
    }

    /** CPython: _PyToken_TwoChars ("<>" is NOTEQUAL; the parser rejects it). */
    private static TokenKind twoChars(int c1, int c2) {
        switch (c1) {
            case '!': return c2 == '=' ? TokenKind.NOTEQUAL : null;
            case '%': return c2 == '=' ? TokenKind.PERCENTEQUAL : null;
            case '&': return c2 == '=' ? TokenKind.AMPEREQUAL : null;
            case '*': return c2 == '*' ? TokenKind.DOUBLESTAR : c2 == '=' ? TokenKind.STAREQUAL : null;
            case '+': return c2 == '=' ? TokenKind.PLUSEQUAL : null;
            case '-': return c2 == '=' ? TokenKind.MINEQUAL : c2 == '>' ? TokenKind.RARROW : null;
            case '/': return c2 == '/' ? TokenKind.DOUBLESLASH : c2 == '=' ? TokenKind.SLASHEQUAL : null;
            case ':': return c2 == '=' ? TokenKind.COLONEQUAL : null;
            case '<':
                return c2 == '<' ? TokenKind.LEFTSHIFT : c2 == '=' ? TokenKind.LESSEQUAL
                        : c2 == '>' ? TokenKind.NOTEQUAL : null;
            case '=': return c2 == '=' ? TokenKind.EQEQUAL : null;
            case '>': return c2 == '=' ? TokenKind.GREATEREQUAL : c2 == '>' ? TokenKind.RIGHTSHIFT : null;
            case '@': return c2 == '=' ? TokenKind.ATEQUAL : null;
            case '^': return c2 == '=' ? TokenKind.CIRCUMFLEXEQUAL : null;
            case '|': return c2 == '=' ? TokenKind.VBAREQUAL : null;
            default: return null;
        }
    }

    /** CPython: _PyToken_ThreeChars. */
    private static TokenKind threeChars(int c1, int c2, int c3) {
        if (c3 != '=' && c3 != '.') {
            return null;
        }
        if (c1 == '*' && c2 == '*' && c3 == '=') {
            return TokenKind.DOUBLESTAREQUAL;
        }
        if (c1 == '/' && c2 == '/' && c3 == '=') {
            return TokenKind.DOUBLESLASHEQUAL;
        }
        if (c1 == '<' && c2 == '<' && c3 == '=') {
            return TokenKind.LEFTSHIFTEQUAL;
        }
        if (c1 == '>' && c2 == '>' && c3 == '=') {
            return TokenKind.RIGHTSHIFTEQUAL;
        }
        return null;
    }

    // ---- queries for the parser ----

    /**
     * Once the source is exhausted, makes the tokenizer close the indented blocks still open with
     * DEDENT tokens before its next ENDMARKER. For mode SINGLE, where the source need not end with
     * a line break (CPython: the {@code pendin = -indent} of _PyPegen_fill_token).
     */
    public void implyDedents() {
        pending = -indent;
        indent = 0;
    }

    /**
     * True if nothing but spaces, tabs, form feeds, line breaks and comments follows the cursor
     * to the end of the source. CPython: bad_single_statement, which looks at the source after
     * the last token read for mode SINGLE.
     */
    public boolean restIsBlank() {
        String src = in.source;
        int i = in.pos;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '#') {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\f') {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** The SyntaxWarnings found so far, positioned where CPython reports them as errors. */
    public List<SyntaxProblem> warnings() {
        return warnings;
    }

    /** Physical line {@code lineno} (1-based) with its {@code '\n'}; "" past the end. */
    public String lineText(int lineno) {
        return in.lineText(lineno);
    }

    /**
     * The text CPython's {@code compile()} gives a SyntaxError its parser reports on line {@code
     * lineno}, which depends on how far the tokenizer has read: while that line is the one being
     * read, CPython's whole line buffer with its newline (which starts on an earlier line after a
     * multi-line string or a backslash continuation); for an earlier line, that line without its
     * newline. Offsets are then {@link #byteOffsetToCharOffset} of this text.
     */
    public String errorLineText(int lineno) {
        return in.errorLineText(lineno);
    }

    /**
     * The SyntaxError offset CPython derives from a 1-based byte offset: the number of characters
     * in the first {@code byteOffset} UTF-8 bytes of {@code text} (as {@link #errorLineText} gives
     * it). CPython: _PyPegen_byte_offset_to_character_offset.
     */
    public static int byteOffsetToCharOffset(String text, int byteOffset) {
        return SourceCursor.byteOffsetToCharOffset(text, byteOffset);
    }

    /** The source between two token positions (lines 1-based, byte columns 0-based). */
    public String sourceText(int startLine, int startByteCol, int endLine, int endByteCol) {
        int from = in.indexOf(startLine, startByteCol);
        int to = in.indexOf(endLine, endByteCol);
        return from <= to ? in.source.substring(from, to) : "";
    }

    /**
     * For the token that ended a debug field's expression ({@code !}, {@code :} or {@code }} after
     * an {@code =}, as in {@code f"{x = !r}"}), the text CPython uses as the field's literal
     * prefix ({@code "x = "}); null for other tokens. CPython: the token's metadata.
     */
    public String debugText(Token token) {
        return debugTexts == null ? null : debugTexts.get(token);
    }

    /**
     * The byte column the tokenizer has read up to in its current line. CPython uses it (as
     * {@code tok->cur - line_start}) to place an error on a token without a column (INDENT,
     * DEDENT, ENDMARKER).
     */
    public int cursorByteColumn() {
        return in.byteCol(Math.min(in.pos, in.lineEnd));
    }

    /** The line the tokenizer is reading (CPython: tok->lineno). */
    public int cursorLine() {
        return in.lineno;
    }

    /** Brackets open at the cursor (CPython: tok->level). */
    public int bracketLevel() {
        return level;
    }

    /** The line of the innermost open bracket, or 0 if none is open. */
    public int innermostBracketLine() {
        return level > 0 ? parenLine[level - 1] : 0;
    }

    /**
     * "'(' was never closed" for the innermost open bracket (one must be open), positioned as
     * CPython's parser reports it given the tokenizer's current state.
     */
    public ParseFailure unclosedBracketError() {
        return unclosedBracket();
    }

    /** The file name given to the constructor, for positioning problems. */
    public String filename() {
        return in.filename;
    }
}
