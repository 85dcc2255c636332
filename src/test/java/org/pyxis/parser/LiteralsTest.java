package org.pyxis.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyxis.parser.ast.Constants;
import org.pyxis.parser.ast.Repr;

/**
 * {@link Literals} against CPython 3.13.0: each expected value is {@code repr()} of the constant
 * {@code ast.parse("x = " + literal)} produces, each expected warning a SyntaxWarning it emits,
 * each expected error the message of the SyntaxError it raises.
 */
class LiteralsTest {
    /** Records warnings; errors become failures carrying the message. */
    private static final class Recorder implements Literals.LiteralErrors {
        final List<String> warnings = new ArrayList<>();

        @Override
        public ParseFailure error(Token token, String message) {
            return new ParseFailure(new SyntaxProblem(SyntaxProblem.Kind.SYNTAX_ERROR, message, "f.py", token.lineno(),
                    token.colOffset() + 1, token.endLineno(), token.endColOffset() + 1, null));
        }

        @Override
        public void warning(Token token, String message) {
            warnings.add(message);
        }
    }

    private static Token onlyToken(String source) {
        Token t = new Tokenizer(source, "f.py").next();
        assertEquals(TokenKind.STRING, t.kind(), source);
        return t;
    }

    /** {@code repr} is CPython's repr of the value; floats are compared by value, not by Repr's formatting. */
    private static void assertNumber(String text, String repr) {
        Object value = Literals.parseNumber(text);
        if (repr.endsWith("j")) {
            Constants.Imaginary imaginary = assertInstanceOf(Constants.Imaginary.class, value, text);
            assertEquals(pythonFloat(repr.substring(0, repr.length() - 1)), imaginary.imag(), text);
        } else if (repr.contains(".") || repr.contains("e") || repr.equals("inf")) {
            assertEquals(pythonFloat(repr), assertInstanceOf(Double.class, value, text), text);
        } else {
            assertEquals(new BigInteger(repr), assertInstanceOf(BigInteger.class, value, text), text);
        }
    }

    private static double pythonFloat(String repr) {
        return repr.equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(repr);
    }

    private static void assertString(String literal, String repr, String... warnings) {
        Recorder r = new Recorder();
        assertEquals(repr, Repr.of(Literals.decodeString(onlyToken(literal), r)), literal);
        assertEquals(List.of(warnings), r.warnings, literal);
    }

    private static void assertStringError(String literal, String message) {
        ParseFailure f = assertThrows(ParseFailure.class, () -> Literals.decodeString(onlyToken(literal), new Recorder()));
        assertEquals(message, f.problem().message(), literal);
    }

    /** The decoded FSTRING_MIDDLE texts of {@code source}, those in format specs decoded as CPython does (not raw). */
    private static List<String> middles(String source, Recorder r) {
        Tokenizer t = new Tokenizer(source, "f.py");
        List<String> out = new ArrayList<>();
        boolean raw = false;
        int depth = 0;
        for (Token k = t.next(); k.kind() != TokenKind.ENDMARKER; k = t.next()) {
            switch (k.kind()) {
                case FSTRING_START -> raw = Literals.isRaw(k);
                case LBRACE -> depth++;
                case RBRACE -> depth--;
                case FSTRING_MIDDLE -> out.add(
                        assertInstanceOf(String.class, Literals.decodeFStringMiddle(k, raw && depth == 0, r)));
                default -> {
                }
            }
        }
        return out;
    }

    // ---- numbers ----

    @Test
    void numbers() {
        assertNumber("0", "0");
        assertNumber("00", "0");
        assertNumber("0_0", "0");
        assertNumber("7", "7");
        assertNumber("1_000_000", "1000000");
        assertNumber("0xFF", "255");
        assertNumber("0XdeadBEEF", "3735928559");
        assertNumber("0o17", "15");
        assertNumber("0O7_7", "63");
        assertNumber("0b1010", "10");
        assertNumber("0B1_1", "3");
        assertNumber("123456789012345678901234567890", "123456789012345678901234567890");
        assertNumber("0xffffffffffffffffffffffffffffffffffffffff", "1461501637330902918203684832716283019655932542975");
        assertNumber("1.5", "1.5");
        assertNumber("1.", "1.0");
        assertNumber(".5", "0.5");
        assertNumber("1e10", "10000000000.0");
        assertNumber("1E-5", "1e-05");
        assertNumber("1.5e+3", "1500.0");
        assertNumber("1_0.0_1", "10.01");
        assertNumber("0.1", "0.1");
        assertNumber("1e309", "inf");
        assertNumber("1e-400", "0.0");
        assertNumber("2.2250738585072011e-308", "2.225073858507201e-308");
        assertNumber("9007199254740993", "9007199254740993");
        assertNumber("9007199254740993.0", "9007199254740992.0");
        assertNumber("1e22", "1e+22");
        assertNumber("1e23", "1e+23");
        assertNumber("5e-324", "5e-324");
        assertNumber("1j", "1j");
        assertNumber("1.5J", "1.5j");
        assertNumber("0j", "0j");
        assertNumber("1e309j", "infj");
        assertNumber("10_0j", "100j");
        assertNumber("0777e1", "7770.0");
        assertNumber("09.5", "9.5");
        assertNumber("1_2.3_4e-5_6j", "1.234e-55j");
    }

    @Test
    void decimalIntegersOverTheDigitLimitAreRefused() {
        // int('1' * 4301) and ast.parse of such a literal both refuse it (sys.get_int_max_str_digits()
        // is 4300); underscores do not count, and all-zero literals, floats, imaginary numbers and
        // the power-of-two bases have no limit.
        String limit = "1".repeat(4300);
        assertEquals(new BigInteger(limit), Literals.parseNumber(limit));
        Literals.IntegerTooLong e = assertThrows(Literals.IntegerTooLong.class,
                () -> Literals.parseNumber(limit + "1"));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use"
                + " sys.set_int_max_str_digits() to increase the limit", e.getMessage());
        assertEquals(limit + "1", e.text);
        String underscored = "1_".repeat(4300) + "1";
        e = assertThrows(Literals.IntegerTooLong.class, () -> Literals.parseNumber(underscored));
        assertEquals(underscored, e.text);
        assertEquals(new BigInteger(limit), Literals.parseNumber(String.join("_", limit.split(""))));
        assertEquals(BigInteger.ZERO, Literals.parseNumber("0".repeat(5000)));
        assertEquals(BigInteger.ZERO, Literals.parseNumber("0_".repeat(3000) + "0"));
        assertInstanceOf(BigInteger.class, Literals.parseNumber("0x" + "f".repeat(5000)));
        assertInstanceOf(BigInteger.class, Literals.parseNumber("0o" + "7".repeat(5000)));
        assertInstanceOf(BigInteger.class, Literals.parseNumber("0b" + "1".repeat(5000)));
        assertInstanceOf(Double.class, Literals.parseNumber("1".repeat(5000) + ".5"));
        assertInstanceOf(Constants.Imaginary.class, Literals.parseNumber("1".repeat(5000) + "j"));
    }

    // ---- strings ----

    @Test
    void strings() {
        assertString("'plain'", "'plain'");
        assertString("\"a\\nb\\tc\\\\d\\'e\\\"f\"", "'a\\nb\\tc\\\\d\\'e\"f'");
        assertString("'\\a\\b\\f\\v\\r\\0'", "'\\x07\\x08\\x0c\\x0b\\r\\x00'");
        assertString("'\\1\\12\\123\\1234'", "'\\x01\\nSS4'");
        assertString("'\\x41\\x4a\\x4A'", "'AJJ'");
        assertString("'\\u00e9\\U0001F600'", "'é😀'");
        assertString("'\\ud800'", "'\\ud800'");
        assertString("'\\N{BULLET}\\N{bullet}\\N{EM DASH}'", "'••—'");
        assertString("'\\N{LATIN CAPITAL LETTER GHA}\\N{BYTE ORDER MARK}\\N{NUL}'", "'Ƣ\\ufeff\\x00'");
        assertString("'\\N{HANGUL SYLLABLE GAG}\\N{HANGUL SYLLABLE A}'", "'각아'");
        assertString("'\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{CJK UNIFIED IDEOGRAPH-20000}'", "'一𠀀'");
        assertString("'\\N{CJK COMPATIBILITY IDEOGRAPH-F900}'", "'豈'");
        assertString("'a\\\nb'", "'ab'");
        assertString("'\\é'", "'\\\\é'");
        assertString("'é\\x41'", "'éA'");
        assertString("'😀'", "'😀'");
        assertString("'\\d'", "'\\\\d'", "invalid escape sequence '\\d'");
        assertString("'\\8\\d'", "'\\\\8\\\\d'", "invalid escape sequence '\\8'");
        assertString("'\\777'", "'ǿ'", "invalid octal escape sequence '\\777'");
        assertString("'\\400\\d'", "'Ā\\\\d'", "invalid octal escape sequence '\\400'");
        assertString("'\\z\\y'", "'\\\\z\\\\y'", "invalid escape sequence '\\z'");
        assertString("'''a\\d\nb\\e'''", "'a\\\\d\\nb\\\\e'", "invalid escape sequence '\\d'");
        assertString("r'\\d\\x'", "'\\\\d\\\\x'");
        assertString("R\"\\\"\"", "'\\\\\"'");
        assertString("u'\\N{DIGIT ONE}'", "'1'");
        assertString("b'abc'", "b'abc'");
        assertString("b'\\x41\\xff\\x00\\n\\\\'", "b'A\\xff\\x00\\n\\\\'");
        assertString("b'\\777'", "b'\\xff'", "invalid octal escape sequence '\\777'");
        assertString("b'\\d'", "b'\\\\d'", "invalid escape sequence '\\d'");
        assertString("b'\\N{BULLET}\\u1234'", "b'\\\\N{BULLET}\\\\u1234'", "invalid escape sequence '\\N'");
        assertString("rb'\\x41'", "b'\\\\x41'");
        assertString("b''", "b''");
        assertString("b'''a\nb'''", "b'a\\nb'");
    }

    @Test
    void stringErrors() {
        assertStringError("'\\x4'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
        assertStringError("'\\x4g'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
        assertStringError("'abc\\x'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 3-4: truncated \\xXX escape");
        assertStringError("'é\\x4'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape");
        assertStringError("'😀\\x4'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape");
        assertStringError("'\\u123'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: truncated \\uXXXX escape");
        assertStringError("'\\U1234567'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: truncated \\UXXXXXXXX escape");
        assertStringError("'\\U00110000'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character");
        assertStringError("'\\N{BULLET'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: malformed \\N character escape");
        assertStringError("'\\N{NOTHING HERE}'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name");
        assertStringError("'\\N'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape");
        assertStringError("'\\Nx'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape");
        assertStringError("'\\N{}'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape");
        assertStringError("'\\N{BULL€T}'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-18: unknown Unicode character name");
        assertStringError("'\\N{ BULLET}'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-10: unknown Unicode character name");
        assertStringError("'\\N{hangul syllable gag}'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-22: unknown Unicode character name");
        assertStringError("'\\N{CJK UNIFIED IDEOGRAPH-4e00}'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name");
        assertStringError("'\\N{TANGUT IDEOGRAPH-17000}'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-25: unknown Unicode character name");
        assertStringError("'\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-47: unknown Unicode character name");
        assertStringError("b'\\x4'",
                "(value error) invalid \\x escape at position 0");
        assertStringError("b'ab\\x'",
                "(value error) invalid \\x escape at position 2");
        assertStringError("b'é'",
                "bytes can only contain ASCII literal characters");
    }

    @Test
    void lonelySurrogatesStayAsTheyAre() {
        Object v = Literals.decodeString(onlyToken("'\\ud800x\\udfff'"), new Recorder());
        assertEquals("\ud800x\udfff", v);
        // Two escaped halves of a pair stay two lone surrogates, as in CPython (not '\U0001F600').
        Object pair = Literals.decodeString(onlyToken("'\\ud83d\\ude00'"), new Recorder());
        assertEquals("'\\ud83d\\ude00'", Repr.of(pair));
        assertEquals("'\ud83d\ude00'", Repr.of(Literals.decodeString(onlyToken("'\\U0001F600'"), new Recorder())));
    }

    @Test
    void escapesPuttingAHighSurrogateBeforeALowOneGiveCodePoints() {
        // CPython: '\ud834\udd1e' has two code points; a Java String would read them as U+1D11E.
        assertEquals(new Constants.CodePoints(new int[] {'a', 0xd834, 0xdd1e, 'b'}),
                Literals.decodeString(onlyToken("'a\\ud834\\udd1eb'"), new Recorder()));
        assertEquals(new Constants.CodePoints(new int[] {0xd834, 0xdd1e}),
                Literals.decodeString(onlyToken("'\\U0000d834\\U0000dd1e'"), new Recorder()));
        // CPython: '\ud834\ud834\udd1e' (three code points), whose chars equal '\ud834\U0001d11e'.
        assertEquals(new Constants.CodePoints(new int[] {0xd834, 0xd834, 0xdd1e}),
                Literals.decodeString(onlyToken("'\\ud834\\ud834\\udd1e'"), new Recorder()));
        // No high-low pair among the code points: a String, even where its chars hold pairs.
        assertEquals("\ud834\ud834\udd1e", Literals.decodeString(onlyToken("'\\ud834\\U0001d11e'"), new Recorder()));
        assertEquals("\udd1e\ud834", Literals.decodeString(onlyToken("'\\udd1e\\ud834'"), new Recorder()));
        assertEquals("\ud834" + "\\udd1e", Literals.decodeString(onlyToken("'\\ud834\\\\udd1e'"), new Recorder()));
        assertEquals("\\ud834\\udd1e", Literals.decodeString(onlyToken("r'\\ud834\\udd1e'"), new Recorder()));
        // f-string literal parts too: CPython f'\ud834\udd1e{x}' has Constant('\ud834\udd1e').
        Token middle = null;
        Tokenizer t = new Tokenizer("f'\\ud834\\udd1e{x}'", "f.py");
        for (Token k = t.next(); k.kind() != TokenKind.ENDMARKER; k = t.next()) {
            if (k.kind() == TokenKind.FSTRING_MIDDLE) {
                middle = k;
                break;
            }
        }
        assertEquals(new Constants.CodePoints(new int[] {0xd834, 0xdd1e}),
                Literals.decodeFStringMiddle(middle, false, new Recorder()));
    }

    @Test
    void bytesValuesAreBytes() {
        Object v = Literals.decodeString(onlyToken("b'a\\x00\\xff'"), new Recorder());
        assertEquals(new Constants.Bytes(new byte[] {'a', 0, (byte) 0xff}), v);
    }

    @Test
    void prefixes() {
        assertTrue(Literals.isBytes(onlyToken("Rb'x'")));
        assertTrue(Literals.isRaw(onlyToken("Rb'x'")));
        assertFalse(Literals.isBytes(onlyToken("u'x'")));
        assertFalse(Literals.isRaw(onlyToken("'r'")));
        Token fstart = new Tokenizer("Rf'{x}'", "f.py").next();
        assertEquals(TokenKind.FSTRING_START, fstart.kind());
        assertTrue(Literals.isRaw(fstart));
        assertFalse(Literals.isBytes(fstart));
    }

    // ---- f-string literal parts ----

    @Test
    void fstringMiddlesProcessEscapes() {
        Recorder r = new Recorder();
        // CPython: JoinedStr([Constant('a\tb'), FormattedValue(x), Constant('c\nd')])
        assertEquals(List.of("a\tb", "c\nd"), middles("f'a\\tb{x}c\\nd'", r));
        // CPython: Constant('a\\tb'), FormattedValue(x)
        assertEquals(List.of("a\\tb"), middles("rf'a\\tb{x}'", r));
        // CPython: Constant('•')
        assertEquals(List.of("•"), middles("f'\\N{BULLET}'", r));
        // CPython: Constant('a{b}') from the pieces 'a{', 'b}'
        assertEquals(List.of("a{", "b}"), middles("f'a{{b}}'", r));
        // CPython decodes format specs even in raw f-strings: format_spec=JoinedStr([Constant('\t')])
        assertEquals(List.of("\t"), middles("rf'{x:\\t}'", r));
        assertEquals(List.of(), r.warnings);
    }

    @Test
    void fstringMiddleWarnings() {
        Recorder r = new Recorder();
        // CPython warns "invalid escape sequence '\d'" once per literal part.
        assertEquals(List.of("\\d", "\\e"), middles("f'\\d{x}\\e'", r));
        assertEquals(List.of("invalid escape sequence '\\d'", "invalid escape sequence '\\e'"), r.warnings);
    }

    @Test
    void fstringBraceEscapeWarningIsTheTokenizers() {
        Recorder r = new Recorder();
        // CPython: Constant('\\'), FormattedValue(x); the warning for '\{' comes from the tokenizer.
        assertEquals(List.of("\\"), middles("f'\\{x}'", r));
        assertEquals(List.of("\\{"), middles("f'{x}\\{{'", r));
        assertEquals(List.of(), r.warnings);
    }

    @Test
    void fstringMiddleErrors() {
        ParseFailure f = assertThrows(ParseFailure.class, () -> middles("f'ab\\N{NOTHING}'", new Recorder()));
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 2-12: unknown Unicode "
                + "character name", f.problem().message());
    }

    // ---- undecodable source bytes ----

    private static Token decodedToken(byte[] source) {
        Tokenizer t = new Tokenizer(SourceDecoder.decode(source, "f.py"), "f.py");
        for (Token k = t.next(); ; k = t.next()) {
            if (k.kind() == TokenKind.STRING || k.kind() == TokenKind.FSTRING_MIDDLE) {
                return k;
            }
        }
    }

    private static String undecodableError(String latin1Source) {
        Token t = decodedToken(latin1Source.getBytes(StandardCharsets.ISO_8859_1));
        ParseFailure f = assertThrows(ParseFailure.class, () -> {
            if (t.kind() == TokenKind.STRING) {
                Literals.decodeString(t, new Recorder());
            } else {
                Literals.decodeFStringMiddle(t, false, new Recorder());
            }
        });
        return f.problem().message();
    }

    @Test
    void undecodableBytesInStrings() {
        // Messages of compile(b'...') in CPython; positions count from the string body, or from the
        // run of non-ASCII bytes when the string has escapes.
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte",
                undecodableError("x = 'abc\u00e9def'\n"));
        assertEquals("(unicode error) 'utf-8' codec can't decode bytes in position 3-4: unexpected end of data",
                undecodableError("x = 'abc\u00e2\u0082'\n"));
        assertEquals("(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
                undecodableError("x = '\\n\u00e2\u0082x'\n"));
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
                undecodableError("x = '\u00ed\u00a0\u0080'\n"));
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                undecodableError("x = r'\u00ff'\n"));
        assertEquals("bytes can only contain ASCII literal characters", undecodableError("x = b'\u00ff'\n"));
    }
}
