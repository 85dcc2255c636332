package org.pyxis.parser;

/**
 * Token kinds, one per CPython token name ({@code token.tok_name}). Operators carry their text so
 * the tokenizer can look them up and error messages can name them.
 */
public enum TokenKind {
    ENDMARKER(null),
    NAME(null),
    NUMBER(null),
    STRING(null),
    NEWLINE(null),
    INDENT(null),
    DEDENT(null),
    FSTRING_START(null),
    FSTRING_MIDDLE(null),
    FSTRING_END(null),
    /** Not given to the parser; kept for a future {@code tokenize}-compatible mode. */
    COMMENT(null),
    /** Not given to the parser; kept for a future {@code tokenize}-compatible mode. */
    NL(null),
    /**
     * A character that starts no token ({@code $}, {@code ?}, a backtick): CPython's tokenizer
     * hands it to the parser (as an OP token; the {@code tokenize} module calls it ERRORTOKEN),
     * where no rule accepts it, so the parser reports the error.
     */
    ERRORTOKEN(null),

    LPAR("("),
    RPAR(")"),
    LSQB("["),
    RSQB("]"),
    COLON(":"),
    COMMA(","),
    SEMI(";"),
    PLUS("+"),
    MINUS("-"),
    STAR("*"),
    SLASH("/"),
    VBAR("|"),
    AMPER("&"),
    LESS("<"),
    GREATER(">"),
    EQUAL("="),
    DOT("."),
    PERCENT("%"),
    LBRACE("{"),
    RBRACE("}"),
    EQEQUAL("=="),
    NOTEQUAL("!="),
    LESSEQUAL("<="),
    GREATEREQUAL(">="),
    TILDE("~"),
    CIRCUMFLEX("^"),
    LEFTSHIFT("<<"),
    RIGHTSHIFT(">>"),
    DOUBLESTAR("**"),
    PLUSEQUAL("+="),
    MINEQUAL("-="),
    STAREQUAL("*="),
    SLASHEQUAL("/="),
    PERCENTEQUAL("%="),
    AMPEREQUAL("&="),
    VBAREQUAL("|="),
    CIRCUMFLEXEQUAL("^="),
    LEFTSHIFTEQUAL("<<="),
    RIGHTSHIFTEQUAL(">>="),
    DOUBLESTAREQUAL("**="),
    DOUBLESLASH("//"),
    DOUBLESLASHEQUAL("//="),
    AT("@"),
    ATEQUAL("@="),
    RARROW("->"),
    ELLIPSIS("..."),
    COLONEQUAL(":="),
    EXCLAMATION("!");

    /** The operator's text, or null for the kinds that are not operators. */
    public final String operator;

    TokenKind(String operator) {
        this.operator = operator;
    }
}
