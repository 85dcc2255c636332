package org.pyxis.parser;

/**
 * The tokenizer's state for one open f-string (PEP 701). The tokenizer keeps a stack of these,
 * one per f-string being scanned, innermost on top; the top one says whether the tokenizer is
 * scanning literal text ({@link #inLiteral}) or a replacement field's expression.
 *
 * <p>CPython: {@code tokenizer_mode} in Parser/lexer/state.h; each field names its twin.
 */
final class FStringMode {
    /** True while scanning literal text or a format spec; false inside an expression (CPython: kind). */
    boolean inLiteral = true;
    /** The quote character (CPython: f_string_quote). */
    final char quote;
    /** 1 or 3 (CPython: f_string_quote_size). */
    final int quoteSize;
    /** True for rf"..." and fr"..." (CPython: f_string_raw). */
    final boolean raw;
    /** Index of the FSTRING_START token's first character (CPython: f_string_start). */
    final int start;
    /** Index of the start of the line holding {@link #start} (CPython: f_string_multi_line_start). */
    final int startLineStart;
    /** Line of {@link #start} (CPython: f_string_line_start). */
    final int startLine;

    /** Brackets opened and not closed since the f-string started (CPython: curly_bracket_depth). */
    int bracketDepth;
    /**
     * The value of {@link #bracketDepth} outside the innermost replacement field being scanned, or
     * -1 when no field is open (CPython: curly_bracket_expr_start_depth).
     */
    int exprStartDepth = -1;
    /** In a format spec (CPython: in_format_spec). */
    boolean inFormatSpec;
    /** An '=' was seen in the current field's expression (CPython: f_string_debug). */
    boolean debug;

    /** Index just after the '{' opening the last field, or -1 (CPython: last_expr_buffer). */
    int exprStart = -1;
    /** Index of the first '!', ':' or '}' ending that field's expression, or -1 (CPython: last_expr_end). */
    int exprEnd = -1;

    FStringMode(char quote, int quoteSize, boolean raw, int start, int startLineStart, int startLine) {
        this.quote = quote;
        this.quoteSize = quoteSize;
        this.raw = raw;
        this.start = start;
        this.startLineStart = startLineStart;
        this.startLine = startLine;
    }

    /** CPython: INSIDE_FSTRING_EXPR. */
    boolean insideExpr() {
        return exprStartDepth >= 0;
    }

    /**
     * Records where the current field's expression starts or ends. CPython:
     * _PyLexer_update_fstring_expr.
     *
     * @param c {@code '{'} (with {@code index} just after it) or the character ending the
     *     expression (with {@code index} at it)
     */
    void updateExpr(int c, int index) {
        if (c == '{') {
            exprStart = index;
            exprEnd = -1;
        } else if (exprEnd == -1) {
            exprEnd = index;
        }
    }

    /**
     * The text the parser uses for a debug field ({@code f"{x = }"}): the source from after the
     * '{' to the first character ending the expression, with comments removed as CPython 3.13.0
     * removes them (a '#' drops everything up to the next newline, even inside a string). Null if
     * the field has no '='. CPython: set_fstring_expr.
     */
    String debugText(String source) {
        if (!debug || exprStart < 0 || exprEnd < exprStart) {
            return null;
        }
        String text = source.substring(exprStart, exprEnd);
        if (text.indexOf('#') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '#') {
                while (i < text.length()) {
                    if (text.charAt(i) == '\n') {
                        sb.append('\n');
                        break;
                    }
                    i++;
                }
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
