package org.pyxis.parser.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyxis.testing.CPython;

/** {@link Repr} against CPython 3.13's {@code repr()}, computed by CPython in the same run. */
class ReprTest {
    /** Runs {@code script} with {@code input} on stdin; returns its stdout lines. */
    private static List<String> cpython(String script, String input) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(CPython.find().orElseThrow(), "-c", script)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        // Feed stdin from another thread: CPython answers line by line, and a full pipe in each
        // direction would otherwise deadlock.
        Thread feeder = new Thread(() -> {
            try (OutputStream in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        feeder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        feeder.join();
        assertEquals(0, p.waitFor());
        return out.lines().toList();
    }

    @Test
    void floatsAndImaginariesMatchCPython() throws Exception {
        assumeTrue(CPython.find().isPresent(), CPython.MISSING);
        Random random = new Random(20261125);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 123456789012345678.0, 1e-4,
                1e-5, 1.5e-5, 5e-324, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN, 2.5, 100.0, 1e22,
                9007199254740993.0, 0.3, 1 / 3.0));
        for (int i = 0; i < 20_000; i++) {
            values.add(switch (i % 3) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
                default -> (double) random.nextInt(1_000_000) / (1 + random.nextInt(1000));
            });
        }
        StringBuilder input = new StringBuilder();
        for (double d : values) {
            input.append(Long.toHexString(Double.doubleToRawLongBits(d))).append('\n');
        }
        List<String> theirs = cpython("""
                import struct, sys
                for line in sys.stdin:
                    x = struct.unpack('<d', int(line, 16).to_bytes(8, 'little'))[0]
                    print(repr(x), repr(complex(0.0, abs(x))) if x == x else 'nanj')
                """, input.toString());
        for (int i = 0; i < values.size(); i++) {
            double d = values.get(i);
            String ours = Repr.floatRepr(d) + " " + (Double.isNaN(d) ? "nanj" : Repr.imaginary(Math.abs(d)));
            assertEquals(theirs.get(i), ours, "bits " + Long.toHexString(Double.doubleToRawLongBits(d)));
        }
    }

    @Test
    void everyCodePointReprsAsInCPython() throws Exception {
        assumeTrue(CPython.find().isPresent(), CPython.MISSING);
        List<String> theirs = cpython("""
                for i in range(0x110000):
                    print(repr(chr(i)).encode('ascii', 'backslashreplace').decode())
                """, "");
        for (int cp = 0; cp < 0x110000; cp++) {
            assertEquals(theirs.get(cp), asciiEscape(Repr.str(new String(Character.toChars(cp)))),
                    "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void stringQuotingAndEscapes() {
        assertEquals("'abc'", Repr.str("abc"));
        assertEquals("\"it's\"", Repr.str("it's"));
        assertEquals("'both \\' and \"'", Repr.str("both ' and \""));
        assertEquals("'\\t\\n\\r\\x00\\x7f\\\\'", Repr.str("\t\n\r\0\u007f\\"));
        assertEquals("'\\ud800'", Repr.str("\ud800"));
        assertEquals("'\uD83D\uDE00'", Repr.str("\uD83D\uDE00"));
    }

    @Test
    void codePointsReprLikeAnyStr() {
        // CPython: repr('\ud834\udd1e') == "'\\ud834\\udd1e'"; repr("'\ud800\udc00") uses double quotes.
        assertEquals("'\\ud834\\udd1e'", Repr.of(new Constants.CodePoints(new int[] {0xd834, 0xdd1e})));
        assertEquals("\"'\\ud800\\udc00\"", Repr.str(new Constants.CodePoints(new int[] {'\'', 0xd800, 0xdc00})));
        assertEquals("'\\'\"\\udbff\\udfff\\n" + "\ud834\udd1e'",
                Repr.str(new Constants.CodePoints(new int[] {'\'', '"', 0xdbff, 0xdfff, '\n', 0x1d11e})));
        assertEquals(Repr.str(new Constants.CodePoints(new int[] {0xd834, 0xdd1e})),
                new Constants.CodePoints(new int[] {0xd834, 0xdd1e}).toString());
    }

    @Test
    void bytesAndOtherConstants() {
        assertEquals("b'a\\x00\\xff\\'\"'", Repr.bytes(new byte[] {'a', 0, (byte) 0xff, '\'', '"'}));
        assertEquals("b\"it's\"", Repr.bytes("it's".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("123456789012345678901234567890", Repr.of(new BigInteger("123456789012345678901234567890")));
        assertEquals("True", Repr.of(Boolean.TRUE));
        assertEquals("None", Repr.of(Constants.Singleton.NONE));
        assertEquals("Ellipsis", Repr.of(Constants.Singleton.ELLIPSIS));
    }

    private static String asciiEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }
}
