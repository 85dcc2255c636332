package org.pyxis.parser;

import java.io.ByteArrayOutputStream;

/**
 * UTF-8 as CPython's decoder sees it: which bytes are invalid and how its error messages describe
 * them ("invalid start byte", "invalid continuation byte", "unexpected end of data", with the
 * byte range CPython reports).
 *
 * <p>Source bytes that are not valid UTF-8 reach the tokenizer as <em>markers</em>: the byte
 * {@code 0xXY} becomes the lone surrogate {@code U+DCXY} (the "surrogateescape" mapping). CPython
 * does not reject such bytes when it reads the source but when it decodes the token holding them
 * (a name or a string; in a comment they pass unnoticed), and the markers let the tokenizer and
 * {@link Literals} do the same. Source text that did not come from {@link SourceDecoder} must not
 * contain lone surrogates (CPython's {@code compile()} refuses to encode them).
 */
final class Utf8 {
    private Utf8() {}

    /**
     * True if {@code c} may be a marker: the caller must know it is not the second half of a
     * surrogate pair.
     */
    static boolean isMarker(char c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    /** True if {@code s[i]} is a marker (a low surrogate in the marker range not completing a pair). */
    static boolean isMarkerAt(CharSequence s, int i) {
        return isMarker(s.charAt(i)) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /** True if {@code s[from, to)} holds a marker. */
    static boolean hasMarker(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isMarkerAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** The source bytes of {@code s[from, to)}: markers back to their byte, the rest as UTF-8. */
    static byte[] toBytes(CharSequence s, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from + 8);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (isMarker(c)) {
                out.write(c - 0xDC00);
            } else if (c < 0x800) {
                out.write(0xC0 | (c >> 6));
                out.write(0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out.write(0xF0 | (cp >> 18));
                out.write(0x80 | ((cp >> 12) & 0x3F));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            } else {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            }
        }
        return out.toByteArray();
    }

    private static final String[] REASONS = {
        "invalid start byte", "invalid continuation byte", "unexpected end of data",
    };

    private static boolean isContinuation(int b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * The first decoding error in {@code b[from, to)} as {start, end, reason} (end exclusive,
     * reason an index into the reason texts), or null if the bytes are valid UTF-8. CPython:
     * the error paths of its UTF-8 decoder.
     */
    static int[] firstError(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int[] e = errorAt(b, i, to);
            if (e != null) {
                return e;
            }
            i += c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        }
        return null;
    }

    /** The error starting at the non-ASCII byte {@code b[i]}, or null if a valid sequence starts there. */
    private static int[] errorAt(byte[] b, int i, int to) {
        int c = b[i] & 0xFF;
        int length;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return new int[] {i, i + 1, 0};
        }
        for (int k = 1; k < length; k++) {
            if (i + k >= to) {
                return new int[] {i, to, 2};
            }
            int d = b[i + k] & 0xFF;
            boolean ok = k == 1 ? d >= lo && d <= hi : isContinuation(d);
            if (!ok) {
                return new int[] {i, i + k, 1};
            }
        }
        return null;
    }

    /**
     * CPython's UnicodeDecodeError text for the first error in {@code b}, positions counted from
     * {@code b[0]}; null if {@code b} is valid.
     */
    static String describeError(byte[] b) {
        int[] e = firstError(b, 0, b.length);
        if (e == null) {
            return null;
        }
        return describe("utf-8", b, e[0], e[1], REASONS[e[2]]);
    }

    /** "'codec' codec can't decode byte(s) in position ...: reason", as CPython words it. */
    static String describe(String codec, byte[] b, int start, int end, String reason) {
        if (end - start == 1) {
            return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, b[start] & 0xFF,
                    start, reason);
        }
        return "'" + codec + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
    }

    /** Decodes {@code b[from, to)}, each undecodable byte becoming its marker. */
    static String decodeWithMarkers(byte[] b, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int[] e = errorAt(b, i, to);
            if (e != null) {
                for (int k = e[0]; k < e[1]; k++) {
                    out.append((char) (0xDC00 + (b[k] & 0xFF)));
                }
                i = e[1];
                continue;
            }
            int length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            int cp = c & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
            for (int k = 1; k < length; k++) {
                cp = (cp << 6) | (b[i + k] & 0x3F);
            }
            out.appendCodePoint(cp);
            i += length;
        }
        return out.toString();
    }

    /** Decodes {@code b}, each error range becoming one U+FFFD (CPython's "replace" handler). */
    static String decodeReplacing(byte[] b) {
        String s = decodeWithMarkers(b, 0, b.length);
        if (!hasMarker(s, 0, s.length())) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int bytePos = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!isMarkerAt(s, i)) {
                out.append(c);
                bytePos += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
                i++;
                continue;
            }
            int[] e = errorAt(b, bytePos, b.length);
            int n = e == null ? 1 : e[1] - e[0];
            out.append('\uFFFD');
            i += n;
            bytePos += n;
        }
        return out.toString();
    }

    /** {@code s} with its markers shown as CPython shows undecodable bytes in error messages. */
    static String forDisplay(String s) {
        if (s == null || !hasMarker(s, 0, s.length())) {
            return s;
        }
        return decodeReplacing(toBytes(s, 0, s.length()));
    }
}
