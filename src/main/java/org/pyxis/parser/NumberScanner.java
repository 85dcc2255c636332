package org.pyxis.parser;

import java.util.List;

/**
 * Scans one numeric literal for the {@link Tokenizer}, leaving the cursor just after it, and
 * reports malformed literals as CPython 3.13's tokenizer does (Parser/lexer/lexer.c, the
 * "Number" part of tok_get_normal_mode, tok_decimal_tail and verify_end_of_number).
 */
final class NumberScanner {
    private static final int EOF = SourceCursor.EOF;

    private final SourceCursor in;
    /** Index of the literal's first character. */
    private final int start;
    private final List<SyntaxProblem> warnings;

    NumberScanner(SourceCursor in, int start, List<SyntaxProblem> warnings) {
        this.in = in;
        this.start = start;
        this.warnings = warnings;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** A literal whose first character, the digit {@code c}, has been read. */
    void number(int c) {
        if (c != '0') {
            c = decimalTail();
            if (c == '.') {
                fraction(in.nextc());
            } else {
                afterFraction(c);
            }
            return;
        }
        c = in.nextc();
        if (c == 'x' || c == 'X') {
            hexadecimal();
        } else if (c == 'o' || c == 'O') {
            radix('8', "octal");
        } else if (c == 'b' || c == 'B') {
            radix('2', "binary");
        } else {
            zeroPrefixed(c);
        }
    }

    /** After "0": zeros, then maybe a float or imaginary, never a nonzero integer. */
    private void zeroPrefixed(int c) {
        for (;;) {
            if (c == '_') {
                c = in.nextc();
                if (!isDigit(c)) {
                    in.backup(c);
                    throw in.errorAtCursor("invalid decimal literal");
                }
            }
            if (c != '0') {
                break;
            }
            c = in.nextc();
        }
        int zerosEnd = in.pos;
        boolean nonzero = false;
        if (isDigit(c)) {
            nonzero = true;
            c = decimalTail();
        }
        if (c == '.') {
            fraction(in.nextc());
        } else if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            imaginary();
        } else if (nonzero) {
            in.backup(c);
            // CPython passes these byte columns as the offsets unchanged.
            int offset = in.byteCol(start) + 1;
            int endOffset = in.byteCol(zerosEnd);
            throw in.failure(SyntaxProblem.Kind.SYNTAX_ERROR,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    in.lineno, offset, in.lineno, endOffset, in.lineTextNoNewline(in.lineno));
        } else {
            verifyEnd(c, "decimal");
            in.backup(c);
        }
    }

    private void hexadecimal() {
        int c = in.nextc();
        do {
            if (c == '_') {
                c = in.nextc();
            }
            if (!isHexDigit(c)) {
                in.backup(c);
                throw in.errorAtCursor("invalid hexadecimal literal");
            }
            do {
                c = in.nextc();
            } while (isHexDigit(c));
        } while (c == '_');
        verifyEnd(c, "hexadecimal");
        in.backup(c);
    }

    /** Octal or binary digits after the prefix; {@code limit} is the first digit not allowed. */
    private void radix(char limit, String kind) {
        int c = in.nextc();
        do {
            if (c == '_') {
                c = in.nextc();
            }
            if (c < '0' || c >= limit) {
                if (isDigit(c)) {
                    throw in.errorAtCursor("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                in.backup(c);
                throw in.errorAtCursor("invalid " + kind + " literal");
            }
            do {
                c = in.nextc();
            } while (c >= '0' && c < limit);
        } while (c == '_');
        if (isDigit(c)) {
            throw in.errorAtCursor("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        verifyEnd(c, kind);
        in.backup(c);
    }

    /** After the '.' of a float; {@code c} is the character after it. */
    void fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        afterFraction(c);
    }

    private void afterFraction(int c) {
        if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            imaginary();
        } else {
            verifyEnd(c, "decimal");
            in.backup(c);
        }
    }

    /** {@code e} is the 'e' or 'E' just read; without digits after it, it is not part of the number. */
    private void exponent(int e) {
        int c = in.nextc();
        if (c == '+' || c == '-') {
            c = in.nextc();
            if (!isDigit(c)) {
                in.backup(c);
                throw in.errorAtCursor("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            in.backup(c);
            verifyEnd(e, "decimal");
            in.backup(e);
            return;
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            imaginary();
        } else {
            verifyEnd(c, "decimal");
            in.backup(c);
        }
    }

    private void imaginary() {
        int c = in.nextc();
        verifyEnd(c, "imaginary");
        in.backup(c);
    }

    /** Digits with single underscores between them; returns the first character after them. */
    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = in.nextc();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = in.nextc();
            if (!isDigit(c)) {
                in.backup(c);
                throw in.errorAtCursor("invalid decimal literal");
            }
        }
    }

    /**
     * Checks the character {@code c} just read after a number. A keyword that can follow a number
     * in valid code ({@code 1if x else 2}) only warns; any other letter is an error. CPython:
     * verify_end_of_number.
     */
    private void verifyEnd(int c, String kind) {
        boolean keyword = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            case 'i' -> {
                int c2 = in.charAt(in.pos);
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            default -> false;
        };
        if (keyword) {
            in.backup(c);
            warnings.add(in.problemAtCursor("invalid " + kind + " literal"));
            in.nextc();
        } else if (c != EOF && c < 128 && Tokenizer.isPotentialIdentifierChar(c)) {
            in.backup(c);
            throw in.errorAtCursor("invalid " + kind + " literal");
        }
    }

    /** True if the cursor is at {@code rest} followed by a character that cannot continue a name. */
    private boolean lookahead(String rest) {
        int i = in.pos;
        for (int k = 0; k < rest.length(); k++, i++) {
            if (in.charAt(i) != rest.charAt(k)) {
                return false;
            }
        }
        int after = in.charAt(i);
        return after == EOF || !Tokenizer.isPotentialIdentifierChar(after);
    }
}
