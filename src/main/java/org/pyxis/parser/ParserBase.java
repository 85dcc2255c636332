package org.pyxis.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** Memoized results, keyed by {@link #memoKey}. Cleared between passes. */
    final Map<Long, Memo> memo = new HashMap<>();

    /** A memoized rule result and the position after it. */
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
            tokens.add(tokenizer.next());
        }
        return tokens.get(index);
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

    /** Consumes the next token if it is the keyword or soft keyword {@code word}; otherwise null. */
    final Token expectKeyword(String word) {
        Token t = peek();
        if (t.kind() == TokenKind.NAME && t.text().equals(word)) {
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
        return t.kind() == TokenKind.NAME && t.text().equals(word);
    }

    /** CPython's {@code NAME} in the grammar: a name that is not a hard keyword. */
    final Token expectName() {
        Token t = peek();
        if (t.kind() == TokenKind.NAME && !KEYWORDS.contains(t.text())) {
            pos++;
            return t;
        }
        return null;
    }

    // ---- memoization ----

    static long memoKey(int pos, int rule) {
        return ((long) pos << 16) | rule;
    }

    // ---- errors ----

    /** CPython: RAISE_SYNTAX_ERROR — positioned at the last token fetched from the tokenizer. */
    final ParseFailure syntaxError(String message) {
        Token t = tokens.isEmpty() ? peek() : tokens.get(tokens.size() - 1);
        return errorAt(SyntaxProblem.Kind.SYNTAX_ERROR, message, t.lineno(), t.colOffset(), t.endLineno(),
                t.endColOffset());
    }

    /** CPython: RAISE_SYNTAX_ERROR_KNOWN_LOCATION (a token or node). */
    final ParseFailure syntaxErrorAt(Token t, String message) {
        return errorAt(SyntaxProblem.Kind.SYNTAX_ERROR, message, t.lineno(), t.colOffset(), t.endLineno(),
                t.endColOffset());
    }

    /** CPython: RAISE_SYNTAX_ERROR_KNOWN_LOCATION for a node. */
    final ParseFailure syntaxErrorAt(Located n, String message) {
        return errorAt(SyntaxProblem.Kind.SYNTAX_ERROR, message, n.lineno(), n.colOffset(), n.endLineno(),
                n.endColOffset());
    }

    /** CPython: RAISE_SYNTAX_ERROR_KNOWN_RANGE, from the start of {@code a} to the end of {@code b}. */
    final ParseFailure syntaxErrorRange(int lineno, int col, int endLineno, int endCol, String message) {
        return errorAt(SyntaxProblem.Kind.SYNTAX_ERROR, message, lineno, col, endLineno, endCol);
    }

    /**
     * Builds the failure for an error spanning the given byte positions, converting them to the
     * 1-based character offsets a SyntaxError carries. An {@code endLineno} of -1 means no end.
     */
    final ParseFailure errorAt(SyntaxProblem.Kind kind, String message, int lineno, int byteCol, int endLineno,
            int endByteCol) {
        String text = tokenizer.lineText(lineno);
        int offset = charOffset(text, byteCol) + 1;
        int endOffset;
        if (endLineno < 0) {
            endLineno = lineno;
            endOffset = 0;
        } else if (endLineno == lineno) {
            endOffset = charOffset(text, endByteCol) + 1;
        } else {
            endOffset = charOffset(tokenizer.lineText(endLineno), endByteCol) + 1;
        }
        return new ParseFailure(new SyntaxProblem(kind, message, filename, lineno, offset, endLineno, endOffset,
                text.isEmpty() ? null : text));
    }

    /** The number of characters (code points) in the first {@code byteCol} UTF-8 bytes of {@code line}. */
    static int charOffset(String line, int byteCol) {
        int bytes = 0;
        int chars = 0;
        for (int i = 0; i < line.length() && bytes < byteCol; ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
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
