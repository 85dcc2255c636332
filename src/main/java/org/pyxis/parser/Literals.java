package org.pyxis.parser;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.pyxis.parser.ast.Constants;

/**
 * The values of literal tokens: NUMBER to {@link BigInteger}, {@link Double} or {@link
 * Constants.Imaginary}; STRING to a str value ({@link String}, or {@link Constants.CodePoints}
 * in the rare case a String cannot hold it) or {@link Constants.Bytes}; the literal text of
 * f-strings (FSTRING_MIDDLE) to a str value. Escape sequences, their SyntaxWarnings and their
 * errors follow CPython 3.13 (Parser/string_parser.c with the {@code unicode_escape} and bytes
 * escape decoders), including the error positions, which CPython counts in a copy of the literal
 * where every non-ASCII character is written as a 10-byte {@code \UXXXXXXXX} escape.
 *
 * <p>Strings hold code points as Java chars: a character outside the BMP is a surrogate pair, and
 * <code>"&#92;ud800"</code> gives a lone surrogate; escapes that put a high surrogate code point
 * just before a low one give a {@link Constants.CodePoints} (see {@link StrBuilder}).
 */
final class Literals {
    private Literals() {}

    /** How literal decoding reports problems; the parser implements it, positioning errors at the token. */
    interface LiteralErrors {
        /** Returns the failure for the caller to throw. */
        ParseFailure error(Token token, String message);

        /** A SyntaxWarning. */
        void warning(Token token, String message);
    }

    // ---- numbers ----

    /**
     * CPython's default limit on the digits of a decimal integer that int() converts
     * ({@code sys.get_int_max_str_digits()}), which also applies to integer literals.
     */
    static final int INT_MAX_STR_DIGITS = 4300;

    /**
     * Thrown by {@link #parseNumber} for a decimal integer literal over the digit limit; the
     * message is CPython's ValueError text. The parser turns it into the SyntaxError CPython
     * raises at the literal's token. Records no stack trace.
     */
    static final class IntegerTooLong extends RuntimeException {
        /** The NUMBER token's text. */
        final String text;

        IntegerTooLong(String text, int digits, int limit) {
            super("Exceeds the limit (" + limit + " digits) for integer string conversion: value has " + digits
                    + " digits; use sys.set_int_max_str_digits() to increase the limit", null, false, false);
            this.text = text;
        }
    }

    /**
     * The value of a NUMBER token's text: BigInteger (any base), Double (correctly rounded;
     * {@code 1e309} is infinity) or Constants.Imaginary. A decimal integer of more than {@link
     * #INT_MAX_STR_DIGITS} digits (not counting underscores) throws {@link IntegerTooLong}, as
     * CPython refuses to convert it; all-zero literals and the other bases have no limit.
     */
    static Object parseNumber(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        int n = s.length();
        char last = s.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return new Constants.Imaginary(Double.parseDouble(s.substring(0, n - 1)));
        }
        if (n > 2 && s.charAt(0) == '0') {
            switch (s.charAt(1)) {
                case 'x', 'X' -> {
                    return new BigInteger(s.substring(2), 16);
                }
                case 'o', 'O' -> {
                    return new BigInteger(s.substring(2), 8);
                }
                case 'b', 'B' -> {
                    return new BigInteger(s.substring(2), 2);
                }
                default -> {
                }
            }
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        if (n <= 18) {
            return BigInteger.valueOf(Long.parseLong(s));
        }
        // A valid decimal literal starting with 0 is all zeros: CPython converts it without the limit.
        // TODO(#4): follow sys.get_int_max_str_digits()
        int limit = INT_MAX_STR_DIGITS;
        if (s.charAt(0) != '0' && n > limit) {
            throw new IntegerTooLong(text, n, limit);
        }
        return new BigInteger(s);
    }

    // ---- prefixes ----

    /** The index of the first quote of a STRING or FSTRING_START token's text. */
    private static int prefixLength(String text) {
        int i = 0;
        while (text.charAt(i) != '\'' && text.charAt(i) != '"') {
            i++;
        }
        return i;
    }

    /** True if the STRING or FSTRING_START token's prefix contains b/B. */
    static boolean isBytes(Token token) {
        String text = token.text();
        int q = prefixLength(text);
        for (int i = 0; i < q; i++) {
            char c = text.charAt(i);
            if (c == 'b' || c == 'B') {
                return true;
            }
        }
        return false;
    }

    /** True if the STRING or FSTRING_START token's prefix contains r/R. */
    static boolean isRaw(Token token) {
        String text = token.text();
        int q = prefixLength(text);
        for (int i = 0; i < q; i++) {
            char c = text.charAt(i);
            if (c == 'r' || c == 'R') {
                return true;
            }
        }
        return false;
    }

    // ---- strings ----

    /**
     * A STRING token's value: a str value (String or Constants.CodePoints) for str literals,
     * Constants.Bytes for bytes literals. CPython: _PyPegen_parse_string.
     */
    static Object decodeString(Token token, LiteralErrors errors) {
        String text = token.text();
        int q = prefixLength(text);
        boolean bytes = isBytes(token);
        boolean raw = isRaw(token);
        char quote = text.charAt(q);
        int quoteSize = text.length() - q >= 6 && text.charAt(q + 1) == quote && text.charAt(q + 2) == quote ? 3 : 1;
        String body = text.substring(q + quoteSize, text.length() - quoteSize);
        boolean escapes = !raw && body.indexOf('\\') >= 0;
        if (bytes) {
            byte[] value = new byte[body.length()];
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c >= 0x80) {
                    throw errors.error(token, "bytes can only contain ASCII literal characters");
                }
                value[i] = (byte) c;
            }
            return new Constants.Bytes(escapes ? decodeBytesEscapes(body, token, errors) : value);
        }
        if (!escapes) {
            checkDecodable(body, 0, body.length(), token, errors);
            return body;
        }
        return decodeUnicodeEscapes(body, token, errors, false);
    }

    /**
     * Rejects undecodable source bytes ({@link Utf8} markers) in {@code s[from, to)}, as CPython's
     * UTF-8 decoding of the literal would, with positions counted from {@code from}.
     */
    private static void checkDecodable(String s, int from, int to, Token token, LiteralErrors errors) {
        if (Utf8.hasMarker(s, from, to)) {
            throw errors.error(token, "(unicode error) " + Utf8.describeError(Utf8.toBytes(s, from, to)));
        }
    }

    /**
     * The str value of an FSTRING_MIDDLE token, escapes processed unless raw. A warning for an
     * invalid escape {@code \{} or {@code \}} is left out: the tokenizer has reported it.
     *
     * <p>CPython decodes the literal parts of an f-string when it reaches the FSTRING_END, and
     * positions their errors and warnings there (at the end token, with its line); format specs it
     * decodes at the FSTRING_MIDDLE itself, and never as raw, even in {@code rf"..."}. The
     * {@code errors} implementation chooses the position; {@code token} here is the middle.
     */
    static Object decodeFStringMiddle(Token token, boolean raw, LiteralErrors errors) {
        String text = token.text();
        if (raw || text.indexOf('\\') < 0) {
            checkDecodable(text, 0, text.length(), token, errors);
            return text;
        }
        return decodeUnicodeEscapes(text, token, errors, true);
    }

    /** CPython: decode_unicode_with_escapes and _PyUnicode_DecodeUnicodeEscapeInternal2. */
    private static Object decodeUnicodeEscapes(String body, Token token, LiteralErrors errors, boolean fstring) {
        int n = body.length();
        StrBuilder out = new StrBuilder(n);
        int pos = 0; // byte position in CPython's ASCII-escaped copy of the body, for error messages
        String invalid = null;
        char invalidChar = 0;
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c < 0x80 && c != '\\') {
                out.append(c);
                i++;
                pos++;
                continue;
            }
            if (c >= 0x80) {
                // CPython decodes each run of non-ASCII characters on its own.
                int runEnd = i;
                while (runEnd < n && body.charAt(runEnd) >= 0x80) {
                    runEnd++;
                }
                checkDecodable(body, i, runEnd, token, errors);
                out.append(body, i, runEnd);
                pos += 10 * body.codePointCount(i, runEnd);
                i = runEnd;
                continue;
            }
            int escapeStart = pos;
            if (i + 1 >= n) {
                out.append('\\'); // a backslash ending an f-string's literal part stays as it is
                break;
            }
            char e = body.charAt(i + 1);
            if (e >= 0x80) {
                out.append('\\'); // a backslash before a non-ASCII character stays as it is, silently
                i++;
                pos += 6;
                continue;
            }
            i += 2;
            pos += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int digits = 1; digits < 3 && i < n && isOctal(body.charAt(i)); digits++) {
                        v = v * 8 + body.charAt(i) - '0';
                        i++;
                        pos++;
                    }
                    if (v > 0377 && invalid == null) {
                        invalid = "invalid octal escape sequence '\\" + body.substring(i - 3, i) + "'";
                        invalidChar = body.charAt(i - 3);
                    }
                    out.append((char) v);
                }
                case 'x', 'u', 'U' -> {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String reason = e == 'x' ? "truncated \\xXX escape"
                            : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long v = 0;
                    for (int k = 0; k < count; k++) {
                        int d = i < n ? Character.digit(body.charAt(i), 16) : -1;
                        if (d < 0 || body.charAt(i) >= 0x80) {
                            throw unicodeError(token, errors, escapeStart, pos, reason);
                        }
                        v = v * 16 + d;
                        i++;
                        pos++;
                    }
                    if (v > Character.MAX_CODE_POINT) {
                        throw unicodeError(token, errors, escapeStart, pos, "illegal Unicode character");
                    }
                    out.appendCodePoint((int) v);
                }
                case 'N' -> {
                    String reason = "malformed \\N character escape";
                    if (i < n && body.charAt(i) == '{') {
                        i++;
                        pos++;
                        int nameStart = i;
                        while (i < n && body.charAt(i) != '}') {
                            int cp = body.codePointAt(i);
                            i += Character.charCount(cp);
                            pos += cp < 0x80 ? 1 : 10;
                        }
                        if (i < n && i > nameStart) {
                            i++;
                            pos++;
                            int cp = UnicodeNames.lookup(body.substring(nameStart, i - 1));
                            if (cp >= 0) {
                                out.appendCodePoint(cp);
                                break;
                            }
                            reason = "unknown Unicode character name";
                        }
                    }
                    throw unicodeError(token, errors, escapeStart, pos, reason);
                }
                default -> {
                    if (invalid == null) {
                        invalid = "invalid escape sequence '\\" + e + "'";
                        invalidChar = e;
                    }
                    out.append('\\').append(e);
                }
            }
        }
        if (invalid != null && !(fstring && (invalidChar == '{' || invalidChar == '}'))) {
            errors.warning(token, invalid);
        }
        return out.build();
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    /** CPython's UnicodeDecodeError text, as the parser wraps it ("(unicode error) ..."). */
    private static ParseFailure unicodeError(Token token, LiteralErrors errors, int start, int end, String reason) {
        String where = end - start == 1
                ? "can't decode byte 0x5c in position " + start
                : "can't decode bytes in position " + start + "-" + (end - 1);
        return errors.error(token, "(unicode error) 'unicodeescape' codec " + where + ": " + reason);
    }

    /** CPython: decode_bytes_with_escapes and _PyBytes_DecodeEscape2. {@code body} is ASCII. */
    private static byte[] decodeBytesEscapes(String body, Token token, LiteralErrors errors) {
        int n = body.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        String invalid = null;
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            i++;
            if (i == n) {
                throw errors.error(token, "(value error) Trailing \\ in string");
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int digits = 1; digits < 3 && i < n && isOctal(body.charAt(i)); digits++) {
                        v = v * 8 + body.charAt(i) - '0';
                        i++;
                    }
                    if (v > 0377 && invalid == null) {
                        invalid = "invalid octal escape sequence '\\" + body.substring(i - 3, i) + "'";
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    int d1 = i + 1 < n ? Character.digit(body.charAt(i), 16) : -1;
                    int d2 = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw errors.error(token, "(value error) invalid \\x escape at position " + (i - 2));
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    if (invalid == null) {
                        invalid = "invalid escape sequence '\\" + e + "'";
                    }
                    out.write('\\');
                    i--;
                }
            }
        }
        if (invalid != null) {
            errors.warning(token, invalid);
        }
        return out.toByteArray();
    }
}
