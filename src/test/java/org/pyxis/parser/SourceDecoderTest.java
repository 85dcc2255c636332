package org.pyxis.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link SourceDecoder} against CPython 3.13.0's {@code compile(bytes, "f.py", "exec")}: the
 * decoded text is what the compiled string constants show, and each expected error is the
 * SyntaxError CPython raises (line 0, offset -1, no end, no text, for encoding problems).
 */
class SourceDecoderTest {
    /** The source as bytes, one byte per char (so "\u00e9" is the byte 0xE9). */
    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String decode(String latin1) {
        return SourceDecoder.decode(bytes(latin1), "f.py");
    }

    private static void assertDecodeError(String latin1, String message) {
        ParseFailure f = assertThrows(ParseFailure.class, () -> decode(latin1));
        assertEquals(new SyntaxProblem(SyntaxProblem.Kind.SYNTAX_ERROR, message, "f.py", 0, -1, -1, 0, null),
                f.problem());
    }

    // ---- UTF-8 and the byte order mark ----

    @Test
    void utf8IsTheDefault() {
        assertEquals("x = 'é'\n", decode("x = '\u00c3\u00a9'\n"));
    }

    @Test
    void newlinesAreTranslatedAndAdded() {
        assertEquals("a\nb\nc\n", decode("a\r\nb\rc"));
        assertEquals("", decode(""));
    }

    @Test
    void onlyAModuleGetsAFinalNewline() {
        // compile(..., "eval") and the other modes: CPython adds no line break to the last line.
        assertEquals("a\nb\nc", SourceDecoder.decode(bytes("a\r\nb\rc"), "f.py", false));
        assertEquals("x = 1\n", SourceDecoder.decode(bytes("x = 1\r\n"), "f.py", false));
        assertEquals("x", SourceDecoder.decode(bytes("\u00ef\u00bb\u00bfx"), "f.py", false));
        assertEquals("", SourceDecoder.decode(bytes(""), "f.py", false));
    }

    @Test
    void cookieOnUnterminatedLineCountsOnlyForAModule() {
        // Without the added line break the cookie's line is not a complete line: no cookie.
        assertDecodeError("# coding: klingon", "unknown encoding: klingon");
        assertEquals("# coding: klingon", SourceDecoder.decode(bytes("# coding: klingon"), "f.py", false));
        assertEquals("\n# coding: klingon", SourceDecoder.decode(bytes("\n# coding: klingon"), "f.py", false));
        ParseFailure f = assertThrows(ParseFailure.class,
                () -> SourceDecoder.decode(bytes("# coding: klingon\n"), "f.py", false));
        assertEquals("unknown encoding: klingon", f.problem().message());
    }

    @Test
    void byteOrderMarkIsDropped() {
        assertEquals("x = 1\n", decode("\u00ef\u00bb\u00bfx = 1\n"));
        assertEquals("\n", decode("\u00ef\u00bb\u00bf")); // the newline is added before the mark is dropped
    }

    @Test
    void byteOrderMarkAllowsUtf8Cookie() {
        assertEquals("# coding: utf-8\nx = 1\n", decode("\u00ef\u00bb\u00bf# coding: utf-8\nx = 1\n"));
        assertEquals("# coding: UTF_8\nx = 1\n", decode("\u00ef\u00bb\u00bf# coding: UTF_8\nx = 1\n"));
    }

    @Test
    void byteOrderMarkWithOtherCookie() {
        assertDecodeError("\u00ef\u00bb\u00bf# coding: latin-1\n", "encoding problem: iso-8859-1 with BOM");
        assertDecodeError("\u00ef\u00bb\u00bf# coding: utf8\nx = 1\n", "encoding problem: utf8 with BOM");
        assertDecodeError("\u00ef\u00bb\u00bf\n# coding: latin-1\nx=1\n", "encoding problem: iso-8859-1 with BOM");
        assertDecodeError("\u00ef\u00bb\u00bf# coding: xxx\nx=1\n", "encoding problem: xxx with BOM");
    }

    @Test
    void undecodableUtf8IsLeftToTheTokens() {
        // CPython accepts undecodable bytes in a comment; elsewhere the token holding them fails.
        assertEquals("# \udcff\nx = 1\n", decode("# \u00ff\nx = 1\n"));
        assertEquals("x = '\udce2\udc82x'\n", decode("x = '\u00e2\u0082x'\n"));
    }

    // ---- coding cookies ----

    @Test
    void cookieOnFirstLine() {
        assertEquals("# coding: latin-1\nx = \"é\"\n", decode("# coding: latin-1\nx = \"\u00e9\"\n"));
        assertEquals("# -*- coding: latin-1 -*-\nx = \"é\"\n", decode("# -*- coding: latin-1 -*-\nx = \"\u00e9\"\n"));
        assertEquals("#coding:latin-1\nx=\"é\"\n", decode("#coding:latin-1\nx=\"\u00e9\"\n"));
        assertEquals("# encoding: latin-1\nx=\"é\"\n", decode("# encoding: latin-1\nx=\"\u00e9\"\n"));
        assertEquals("# coding:\tlatin-1\nx=\"é\"\n", decode("# coding:\tlatin-1\nx=\"\u00e9\"\n"));
        assertEquals("# coding: latin-1 hello\nx=\"é\"\n", decode("# coding: latin-1 hello\nx=\"\u00e9\"\n"));
    }

    @Test
    void cookieOnSecondLineAfterCommentOrBlank() {
        assertEquals("#!/usr/bin/python\n# vim:fileencoding=latin-1\nx = \"é\"\n",
                decode("#!/usr/bin/python\n# vim:fileencoding=latin-1\nx = \"\u00e9\"\n"));
        assertEquals("\n# coding: latin-1\nx = \"é\"\n", decode("\n# coding: latin-1\nx = \"\u00e9\"\n"));
    }

    @Test
    void cookieIgnoredAfterCodeOrBeyondLineTwo() {
        // Both are then UTF-8, so the 0xE9 byte is left for the string token to reject.
        assertEquals("x = 1\n# coding: latin-1\nx = \"\udce9\"\n", decode("x = 1\n# coding: latin-1\nx = \"\u00e9\"\n"));
        assertEquals("\n\n# coding: latin-1\nx=\"\udce9\"\n", decode("\n\n# coding: latin-1\nx=\"\u00e9\"\n"));
        assertEquals("x=1 # coding: latin-1\ny=\"\udce9\"\n", decode("x=1 # coding: latin-1\ny=\"\u00e9\"\n"));
        assertEquals("# coding : latin-1\nx=\"\udce9\"\n", decode("# coding : latin-1\nx=\"\u00e9\"\n"));
    }

    @Test
    void onlyTheFirstCookieCounts() {
        assertEquals("# coding: latin-1\n# coding: ascii\nx=\"é\"\n", decode("# coding: latin-1\n# coding: ascii\nx=\"\u00e9\"\n"));
    }

    @Test
    void codecsAndAliases() {
        assertEquals("# coding: iso-8859-15\nx=\"€\"\n", decode("# coding: iso-8859-15\nx=\"\u00a4\"\n"));
        assertEquals("# coding: koi8-r\nx=\"а\"\n", decode("# coding: koi8-r\nx=\"\u00c1\"\n"));
        assertEquals("# coding: cp1252\nx=\"€\"\n", decode("# coding: cp1252\nx=\"\u0080\"\n"));
        assertEquals("# coding: windows-1252\nx=\"€\"\n", decode("# coding: windows-1252\nx=\"\u0080\"\n"));
        assertEquals("# coding: euc-jp\nx=\"あ\"\n", decode("# coding: euc-jp\nx=\"\u00a4\u00a2\"\n"));
        assertEquals("# coding: shift_jis\nx=\"あ\"\n", decode("# coding: shift_jis\nx=\"\u0082\u00a0\"\n"));
        assertEquals("# coding: L1\nx=\"é\"\n", decode("# coding: L1\nx=\"\u00e9\"\n"));
        assertEquals("# coding: ISO_8859-1:1987\nx=\"é\"\n", decode("# coding: ISO_8859-1:1987\nx=\"\u00e9\"\n"));
        assertEquals("# coding: cp65001\nx=1\n", decode("# coding: cp65001\nx=1\n"));
        assertEquals("# coding=utf8\nx = \"é\"\n", decode("# coding=utf8\nx = \"\u00c3\u00a9\"\n"));
    }

    @Test
    void unknownEncodings() {
        assertDecodeError("# coding: xxx\n", "unknown encoding: xxx");
        assertDecodeError("# coding: xxx", "unknown encoding: xxx");
        assertDecodeError("# coding: latin-2\nx=1\n", "unknown encoding: latin-2");
        assertDecodeError("# coding: cp-1252\nx=1\n", "unknown encoding: cp-1252");
        assertDecodeError("# coding: latin.1\nx=1\n", "unknown encoding: latin.1");
        assertDecodeError("# coding: utf-8.\nx=1\n", "unknown encoding: utf-8.");
        assertDecodeError("# coding: x\u00e9y\nx=1\n", "unknown encoding: x");
        assertDecodeError("# coding: mbcs\nx=1\n", "unknown encoding: mbcs");
    }

    @Test
    void notTextEncodings() {
        assertDecodeError("# coding: rot13\nx=1\n",
                "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
        assertDecodeError("# coding: hex\nx=1\n",
                "'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
    }

    @Test
    void decodingErrors() {
        assertDecodeError("# coding: ascii\nx = \"\u00e9\"\n",
                "'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)");
        // Positions count the translated source: "\r\n" has become "\n".
        assertDecodeError("# coding: ascii\r\nx = \"\u00e9\"\r\n",
                "'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)");
        assertDecodeError("# coding: utf8\nx = \"\u00e9\"\n",
                "'utf-8' codec can't decode byte 0xe9 in position 20: invalid continuation byte");
        assertDecodeError("# coding: cp1252\nx=\"\u0081\"\n",
                "'charmap' codec can't decode byte 0x81 in position 20: character maps to <undefined>");
        assertDecodeError("# coding: euc-jp\nx=\"\u00a4\"\n",
                "'euc_jp' codec can't decode byte 0xa4 in position 20: illegal multibyte sequence");
        assertDecodeError("# coding: utf-16\nx=1\n",
                "'utf-16-le' codec can't decode byte 0x0a in position 20: truncated data");
        assertDecodeError("#!python\n# coding: ascii\n# coding: latin-1\nx=\"\u00e9\"\n",
                "'ascii' codec can't decode byte 0xe9 in position 46: ordinal not in range(128)");
    }
}
