package org.pyxis.parser;

/**
 * One token. Lines are 1-based; columns are 0-based offsets in UTF-8 bytes of the (decoded,
 * re-encoded) source line, as CPython's tokenizer counts them, so AST positions can be copied from
 * tokens unchanged.
 *
 * <p>{@code text} is the token's exact source text, except: NAME is NFKC-normalized; INDENT,
 * DEDENT, NEWLINE and ENDMARKER hold what CPython's tokenizer gives them; FSTRING_MIDDLE holds the
 * literal text with doubled braces collapsed to one.
 */
public record Token(TokenKind kind, String text, int lineno, int colOffset, int endLineno, int endColOffset) {
    public boolean is(TokenKind k) {
        return kind == k;
    }

    /** True for a NAME token spelling {@code word} (keywords and soft keywords are NAME tokens). */
    public boolean isName(String word) {
        return kind == TokenKind.NAME && text.equals(word);
    }
}
