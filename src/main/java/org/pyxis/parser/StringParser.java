package org.pyxis.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.pyxis.parser.ast.Constants;
import org.pyxis.parser.ast.Expr;

/**
 * String literals: implicit concatenation of STRING and f-string tokens into one {@code Constant}
 * or {@code JoinedStr}, and the f-string rules (replacement fields with {@code =}, conversion and
 * nested format specs). The shapes and positions follow CPython's action helpers
 * ({@code _PyPegen_concatenate_strings}, {@code _PyPegen_joined_str},
 * {@code _PyPegen_formatted_value}, {@code _PyPegen_setup_full_format_spec}).
 */
abstract class StringParser extends ExpressionBase {
    StringParser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    /** strings (memo): (fstring | string)+ */
    final Expr strings() {
        enter();
        try {
            int start = mark();
            Memo m = memoLookup(R_STRINGS);
            if (m != null) {
                return (Expr) m.node();
            }
            Token first = peek();
            List<Expr> parts = new ArrayList<>();
            enter(); // (fstring|string)+ is a helper rule calling a helper for the group
            try {
                while (true) {
                    if (at(TokenKind.STRING)) {
                        transientLevels(2);
                        parts.add(string(advance()));
                    } else if (at(TokenKind.FSTRING_START)) {
                        enter();
                        Expr f;
                        try {
                            f = fstring();
                        } finally {
                            leave();
                        }
                        if (f == null) {
                            break;
                        }
                        parts.add(f);
                    } else {
                        break;
                    }
                }
            } finally {
                leave();
            }
            if (parts.isEmpty()) {
                return memoStore(R_STRINGS, start, null);
            }
            return memoStore(R_STRINGS, start, concatenateStrings(parts, first, end()));
        } finally {
            leave();
        }
    }

    /** string: STRING (CPython: _PyPegen_constant_from_string; kind 'u' for a u-prefix). */
    private Expr string(Token t) {
        Object value = Literals.decodeString(t, this);
        String kind = t.text().charAt(0) == 'u' ? "u" : null;
        return new Expr.Constant(value, kind, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    /** CPython: _PyPegen_concatenate_strings. */
    final Expr concatenateStrings(List<Expr> parts, Token s, Token e) {
        boolean fstringFound = false;
        boolean unicodeFound = false;
        boolean bytesFound = false;
        for (Expr p : parts) {
            if (p instanceof Expr.Constant c) {
                if (c.value() instanceof Constants.Bytes) {
                    bytesFound = true;
                } else {
                    unicodeFound = true;
                }
            } else {
                fstringFound = true;
            }
        }
        if ((unicodeFound || fstringFound) && bytesFound) {
            throw syntaxError("cannot mix bytes and nonbytes literals");
        }
        if (bytesFound) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Expr p : parts) {
                out.writeBytes(((Constants.Bytes) ((Expr.Constant) p).value()).value());
            }
            return new Expr.Constant(new Constants.Bytes(out.toByteArray()), ((Expr.Constant) parts.get(0)).kind(),
                    s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
        }
        if (!fstringFound && parts.size() == 1) {
            return parts.get(0);
        }
        List<Expr> flat = new ArrayList<>();
        for (Expr p : parts) {
            if (p instanceof Expr.JoinedStr j) {
                flat.addAll(j.values());
            } else {
                flat.add(p);
            }
        }
        List<Expr> values = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            Expr elem = flat.get(i);
            if (elem instanceof Expr.Constant c) {
                if (i + 1 < flat.size() && flat.get(i + 1) instanceof Expr.Constant) {
                    // Fold this constant and the ones after it; the kind is the first one's.
                    // Joining can put a lone high surrogate before a lone low one ('\ud834' '\udd1e'):
                    // StrBuilder then keeps the two code points apart.
                    StrBuilder sb = new StrBuilder(16);
                    Expr.Constant last = c;
                    int j = i;
                    while (j < flat.size() && flat.get(j) instanceof Expr.Constant cj) {
                        sb.appendStr(cj.value());
                        last = cj;
                        j++;
                    }
                    i = j - 1;
                    c = new Expr.Constant(sb.build(), c.kind(), c.lineno(), c.colOffset(), last.endLineno(),
                            last.endColOffset());
                    elem = c;
                }
                if (fstringFound && c.value() instanceof String str && str.isEmpty()) {
                    continue;
                }
            }
            values.add(elem);
        }
        if (!fstringFound) {
            return values.get(0);
        }
        return new Expr.JoinedStr(values, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /** fstring: FSTRING_START fstring_middle* FSTRING_END (CPython: _PyPegen_joined_str). */
    final Expr fstring() {
        enter();
        try {
            int m = mark();
            Token start = expect(TokenKind.FSTRING_START);
            if (start == null) {
                return null;
            }
            List<Object> items = new ArrayList<>();
            enter(); // fstring_middle* is a helper rule calling fstring_middle
            try {
                while (true) {
                    enter();
                    Expr field;
                    try {
                        field = fstringReplacementField();
                    } finally {
                        leave();
                    }
                    if (field != null) {
                        items.add(field);
                    } else if (at(TokenKind.FSTRING_MIDDLE)) {
                        items.add(advance());
                    } else {
                        break;
                    }
                }
            } finally {
                leave();
            }
            Token end = expect(TokenKind.FSTRING_END);
            if (end == null) {
                reset(m);
                return null;
            }
            boolean raw = start.text().indexOf('r') >= 0 || start.text().indexOf('R') >= 0;
            List<Expr> values = new ArrayList<>(items.size());
            for (Object item : items) {
                if (item instanceof Token t) {
                    // CPython reports a decoding error or warning at the f-string's closing quote.
                    Token atEnd = new Token(t.kind(), t.text(), end.lineno(), end.colOffset(), end.endLineno(),
                            end.endColOffset());
                    addNonEmpty(values, new Expr.Constant(Literals.decodeFStringMiddle(atEnd, raw, this), null,
                            t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset()));
                } else if (item instanceof Expr.JoinedStr debug) {
                    // A field with '=': its text is decoded like the literal parts around it.
                    for (Expr v : debug.values()) {
                        if (v instanceof Expr.Constant c) {
                            addNonEmpty(values, decodeDebugText(c, raw, end));
                        } else {
                            values.add(v);
                        }
                    }
                } else {
                    values.add((Expr) item);
                }
            }
            return new Expr.JoinedStr(values, start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset());
        } finally {
            leave();
        }
    }

    private static void addNonEmpty(List<Expr> values, Expr.Constant c) {
        if (!(c.value() instanceof String s && s.isEmpty())) {
            values.add(c);
        }
    }

    private Expr.Constant decodeDebugText(Expr.Constant c, boolean raw, Token end) {
        String text = (String) c.value(); // source text, always a String
        if (raw || text.indexOf('\\') < 0) {
            return c;
        }
        Token t = new Token(TokenKind.FSTRING_MIDDLE, text, end.lineno(), end.colOffset(), end.endLineno(),
                end.endColOffset());
        return new Expr.Constant(Literals.decodeFStringMiddle(t, false, this), null, c.lineno(), c.colOffset(),
                c.endLineno(), c.endColOffset());
    }

    /**
     * fstring_replacement_field:
     *     | '{' annotated_rhs '='? [fstring_conversion] [fstring_full_format_spec] '}'
     *     | invalid_replacement_field
     */
    final Expr fstringReplacementField() {
        enter();
        try {
            int m = mark();
            Token lbrace = expect(TokenKind.LBRACE);
            if (lbrace != null) {
                Expr value = annotatedRhs();
                if (value != null) {
                    int debugIndex = mark();
                    Token debug = expect(TokenKind.EQUAL);
                    Token afterDebug = peek();
                    Token conversion = fstringConversion();
                    Expr format = null;
                    Token colon = expect(TokenKind.COLON);
                    if (colon != null) {
                        format = fstringFullFormatSpec(colon);
                    }
                    Token rbrace = expect(TokenKind.RBRACE);
                    if (rbrace != null) {
                        if (debug != null) {
                            afterDebug = debugTextEnd(m, debugIndex, afterDebug);
                        }
                        return formattedValue(lbrace, value, debug, afterDebug, conversion, format, rbrace);
                    }
                }
            }
            reset(m);
            if (callInvalidRules) {
                invalidReplacementField();
            }
            return null;
        } finally {
            leave();
        }
    }

    /**
     * Where the text of a field with '=' ends: normally at the token after the '='. CPython 3.13's
     * tokenizer ends the text at the first '!' it meets at the field's own bracket level, so a
     * {@code !=} there cuts it short: {@code f'{x!=y=}'} shows {@code x}. Returns the token the
     * text ends before ({@code lbraceIndex} and {@code debugIndex} index the '{' and the '=').
     */
    private Token debugTextEnd(int lbraceIndex, int debugIndex, Token afterDebug) {
        int fieldLevel = levelOf(lbraceIndex);
        for (int i = lbraceIndex + 1; i < debugIndex; i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.NOTEQUAL && t.text().startsWith("!") && levelOf(i) == fieldLevel) {
                return t;
            }
        }
        return afterDebug;
    }

    /** fstring_conversion: "!" NAME (CPython: _PyPegen_check_fstring_conversion). Returns the NAME. */
    private Token fstringConversion() {
        int m = mark();
        Token bang = expect(TokenKind.EXCLAMATION);
        if (bang == null) {
            return null;
        }
        Token conv = expectName();
        if (conv == null) {
            reset(m);
            return null;
        }
        if (bang.lineno() != conv.lineno() || bang.endColOffset() != conv.colOffset()) {
            throw syntaxErrorRange(bang, conv,
                    "f-string: conversion type must come right after the exclamanation mark");
        }
        return conv;
    }

    /** fstring_full_format_spec: ':' fstring_format_spec* (CPython: _PyPegen_setup_full_format_spec). */
    private Expr fstringFullFormatSpec(Token colon) {
        List<Expr> spec = new ArrayList<>();
        // The rule itself, the helper rule for fstring_format_spec*, and fstring_format_spec.
        enter();
        enter();
        try {
            while (true) {
                if (at(TokenKind.FSTRING_MIDDLE)) {
                    transientLevels(1);
                    Token t = advance();
                    spec.add(new Expr.Constant(Literals.decodeFStringMiddle(t, false, this), null, t.lineno(),
                            t.colOffset(), t.endLineno(), t.endColOffset()));
                    continue;
                }
                Expr field = group(this::fstringReplacementField);
                if (field == null) {
                    break;
                }
                spec.add(field);
            }
        } finally {
            leave();
            leave();
        }
        Token e = end();
        spec.removeIf(x -> x instanceof Expr.Constant c && c.value() instanceof String s && s.isEmpty());
        if (spec.isEmpty() || (spec.size() == 1 && spec.get(0) instanceof Expr.Constant)) {
            return new Expr.JoinedStr(spec, colon.lineno(), colon.colOffset(), e.endLineno(), e.endColOffset());
        }
        return concatenateStrings(spec, colon, e);
    }

    /** CPython: _PyPegen_formatted_value. A field with '=' becomes a JoinedStr of its text and value. */
    private Expr formattedValue(Token lbrace, Expr value, Token debug, Token afterDebug, Token conv, Expr format,
            Token rbrace) {
        int conversion = -1;
        if (conv != null) {
            String c = conv.text();
            if (c.length() > 1 || !(c.equals("s") || c.equals("r") || c.equals("a"))) {
                throw syntaxErrorAt(conv,
                        "f-string: invalid conversion character '" + c + "': expected 's', 'r', or 'a'");
            }
            conversion = c.charAt(0);
        } else if (debug != null && format == null) {
            conversion = 'r';
        }
        Expr.FormattedValue fv = new Expr.FormattedValue(value, conversion, format, lbrace.lineno(),
                lbrace.colOffset(), rbrace.endLineno(), rbrace.endColOffset());
        if (debug == null) {
            return fv;
        }
        int debugEndLine;
        int debugEndCol;
        if (conv != null) {
            debugEndLine = conv.lineno();
            debugEndCol = conv.colOffset();
        } else if (format != null) {
            debugEndLine = format.lineno();
            debugEndCol = format.colOffset() + 1;
        } else {
            debugEndLine = rbrace.endLineno();
            debugEndCol = rbrace.endColOffset();
        }
        String text = tokenizer.sourceText(lbrace.endLineno(), lbrace.endColOffset(), afterDebug.lineno(),
                afterDebug.colOffset());
        if (text.indexOf('#') >= 0) {
            text = stripComments(text);
        }
        Expr.Constant debugText = new Expr.Constant(text, null, lbrace.lineno(), lbrace.colOffset() + 1, debugEndLine,
                debugEndCol - 1);
        return new Expr.JoinedStr(List.of(debugText, fv), lbrace.lineno(), lbrace.colOffset(), debugEndLine,
                debugEndCol);
    }

    /** Drops each '#' and what follows it on its line, as the tokenizer does for the '=' text. */
    private static String stripComments(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '#') {
                int nl = text.indexOf('\n', i);
                if (nl < 0) {
                    break;
                }
                sb.append('\n');
                i = nl;
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** invalid_replacement_field (second pass only); raises or returns with the position unchanged. */
    private void invalidReplacementField() {
        enter();
        try {
            int m = mark();
            if (expect(TokenKind.LBRACE) == null) {
                return;
            }
            Token t = peek();
            switch (t.kind()) {
                case EQUAL -> throw syntaxErrorAt(t, "f-string: valid expression required before '='");
                case EXCLAMATION -> throw syntaxErrorAt(t, "f-string: valid expression required before '!'");
                case COLON -> throw syntaxErrorAt(t, "f-string: valid expression required before ':'");
                case RBRACE -> throw syntaxErrorAt(t, "f-string: valid expression required before '}'");
                default -> { }
            }
            if (annotatedRhs() == null) {
                throw syntaxErrorOnNextToken("f-string: expecting a valid expression after '{'");
            }
            switch (peek().kind()) {
                case EQUAL, EXCLAMATION, COLON, RBRACE -> { }
                default -> throw syntaxErrorOnNextToken("f-string: expecting '=', or '!', or ':', or '}'");
            }
            if (expect(TokenKind.EQUAL) != null) {
                switch (peek().kind()) {
                    case EXCLAMATION, COLON, RBRACE -> { }
                    default -> throw syntaxErrorOnNextToken("f-string: expecting '!', or ':', or '}'");
                }
            }
            int afterDebug = mark();
            // '{' annotated_rhs '='? invalid_conversion_character
            if (expect(TokenKind.EXCLAMATION) != null) {
                if (at(TokenKind.COLON) || at(TokenKind.RBRACE)) {
                    throw syntaxErrorOnNextToken("f-string: missing conversion character");
                }
                if (expectName() == null) {
                    throw syntaxErrorOnNextToken("f-string: invalid conversion character");
                }
            }
            reset(afterDebug);
            // ['!' NAME]
            int beforeConv = mark();
            if (expect(TokenKind.EXCLAMATION) == null || expectName() == null) {
                reset(beforeConv);
            }
            if (!at(TokenKind.COLON) && !at(TokenKind.RBRACE)) {
                throw syntaxErrorOnNextToken("f-string: expecting ':' or '}'");
            }
            int beforeColon = mark();
            if (expect(TokenKind.COLON) != null) {
                while (true) {
                    if (expect(TokenKind.FSTRING_MIDDLE) != null) {
                        continue;
                    }
                    if (fstringReplacementField() == null) {
                        break;
                    }
                }
                if (!at(TokenKind.RBRACE)) {
                    throw syntaxErrorOnNextToken("f-string: expecting '}', or format specs");
                }
            }
            reset(beforeColon);
            if (!at(TokenKind.RBRACE)) {
                throw syntaxErrorOnNextToken("f-string: expecting '}'");
            }
            reset(m);
        } finally {
            leave();
        }
    }
}
