package org.pyxis.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Source bytes to source text, as CPython 3.13 decodes the bytes given to {@code compile()} or
 * read by the import system (PEP 263, PEP 3120; CPython: decode_str and check_coding_spec in
 * Parser/tokenizer/helpers.c):
 * <ol>
 * <li>{@code \r\n} and {@code \r} become {@code \n}, and a last line without one gets one when
 *     the source is a module (CPython's {@code exec_input}; not for the other modes of
 *     {@code compile()}, where a cookie on an unterminated first line then goes unnoticed).
 * <li>A UTF-8 byte order mark is dropped; the source is then UTF-8 whatever a cookie says, and a
 *     cookie naming another encoding is an error.
 * <li>An encoding declaration ("coding cookie", {@code # -*- coding: latin-1 -*-}) on line 1, or
 *     on line 2 if line 1 is blank or a comment, names the encoding; the default is UTF-8.
 * </ol>
 *
 * <p>For UTF-8, bytes that do not decode are passed on as {@link Utf8} markers rather than
 * rejected here, because CPython reports them only when it decodes the token holding them (and
 * not at all inside a comment). Other encodings are decoded at once, with CPython's error text.
 *
 * <p>Differs from CPython: codecs come from the JDK. Python codecs the JDK lacks (koi8_t,
 * kz1048, ptcp154, cp720, cp1125, hp_roman8, iso8859_10, iso8859_14, hz, the JIS X 0213 and
 * ISO-2022-JP variants other than -2, utf_7, ...) are reported as unknown encodings, and a few
 * JDK tables (EBCDIC, Mac, CJK) map some bytes differently from CPython's.
 */
public final class SourceDecoder {
    private SourceDecoder() {}

    /**
     * The decoded text of a module (mode EXEC); throws ParseFailure for an unknown or inconsistent
     * encoding.
     */
    public static String decode(byte[] source, String filename) {
        return decode(source, filename, true);
    }

    /**
     * The decoded text; throws ParseFailure for an unknown or inconsistent encoding. {@code
     * execInput}: the source is a module (mode EXEC), whose last line gets a line break.
     */
    public static String decode(byte[] source, String filename, boolean execInput) {
        byte[] b = translateNewlines(source, execInput);
        int start = 0;
        boolean bom = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        if (bom) {
            start = 3;
        }
        String cookie = findCookie(b, start);
        if (cookie != null && !cookie.equals("utf-8")) {
            if (bom) {
                throw problem(filename, "encoding problem: " + cookie + " with BOM");
            }
            return decodeWith(cookie, b, start, filename);
        }
        return decodeUtf8(b, start);
    }

    // ---- bytes ----

    /**
     * {@code \r\n} and {@code \r} to {@code \n}; a final {@code \n} added if {@code execInput}.
     * CPython: translate_newlines.
     */
    private static byte[] translateNewlines(byte[] s, boolean execInput) {
        int n = s.length;
        boolean hasCr = false;
        for (byte x : s) {
            if (x == '\r') {
                hasCr = true;
                break;
            }
        }
        boolean addNewline = execInput && n > 0 && s[n - 1] != '\n' && s[n - 1] != '\r';
        if (!hasCr && !addNewline) {
            return s;
        }
        byte[] out = new byte[n + 1];
        int j = 0;
        for (int i = 0; i < n; i++) {
            byte c = s[i];
            if (c == '\r') {
                out[j++] = '\n';
                if (i + 1 < n && s[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[j++] = c;
            }
        }
        if (addNewline) {
            out[j++] = '\n';
        }
        return Arrays.copyOf(out, j);
    }

    private static String decodeUtf8(byte[] b, int start) {
        int n = b.length;
        boolean ascii = true;
        for (int i = start; i < n; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(b, start, n - start, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(b, start, n - start)).toString();
        } catch (CharacterCodingException e) {
            return Utf8.decodeWithMarkers(b, start, n);
        }
    }

    // ---- the coding cookie ----

    /** The normalized name declared on line 1 or 2, or null. CPython: check_coding_spec. */
    static String findCookie(byte[] b, int start) {
        int end1 = indexOf(b, (byte) '\n', start);
        if (end1 < 0) {
            return null;
        }
        String cookie = cookieIn(b, start, end1);
        if (cookie != null || !blankOrComment(b, start, end1)) {
            return cookie;
        }
        int end2 = indexOf(b, (byte) '\n', end1 + 1);
        return end2 < 0 ? null : cookieIn(b, end1 + 1, end2 + 1);
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static boolean blankOrComment(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '#' || b[i] == '\n' || b[i] == '\r') {
                return true;
            }
            if (!isSpace(b[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The encoding named in the line {@code b[from, to)} if it is a comment line containing
     * "coding:" or "coding=" followed by a name. CPython: get_coding_spec.
     */
    private static String cookieIn(byte[] b, int from, int to) {
        int i = from;
        int last = to - 6;
        while (i < last && b[i] != '#') {
            if (!isSpace(b[i])) {
                return null;
            }
            i++;
        }
        for (; i < last; i++) {
            if (b[i] != 'c' || b[i + 1] != 'o' || b[i + 2] != 'd' || b[i + 3] != 'i' || b[i + 4] != 'n'
                    || b[i + 5] != 'g') {
                continue;
            }
            int t = i + 6;
            if (b[t] != ':' && b[t] != '=') {
                continue;
            }
            do {
                t++;
            } while (t < b.length && (b[t] == ' ' || b[t] == '\t'));
            int begin = t;
            while (t < b.length && isNameByte(b[t])) {
                t++;
            }
            if (begin < t) {
                return normalName(new String(b, begin, t - begin, StandardCharsets.ISO_8859_1));
            }
        }
        return null;
    }

    private static boolean isNameByte(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.';
    }

    /** "utf-8" and "iso-8859-1" for their common spellings, else the name as written. CPython: get_normal_name. */
    private static String normalName(String s) {
        String p = s.substring(0, Math.min(12, s.length())).toLowerCase(Locale.ROOT).replace('_', '-');
        if (p.equals("utf-8") || p.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (p.equals("latin-1") || p.equals("iso-8859-1") || p.equals("iso-latin-1") || p.startsWith("latin-1-")
                || p.startsWith("iso-8859-1-") || p.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    // ---- other encodings ----

    private enum Family {
        ASCII, CHARMAP, MULTIBYTE, UNICODE, UTF8
    }

    /** A Python codec the JDK can decode: the JDK charset and how CPython's codec words errors. */
    private record Codec(String charset, String pythonName, Family family) {}

    /** Python codec names and aliases (normalized as Python's encodings package normalizes them). */
    private static final class Codecs {
        /** Aliases (encodings.aliases), also found with '.' written as '_'. */
        static final Map<String, Codec> ALIASES = new HashMap<>(512);
        /** Codec module names that are not aliases, found only as written ("=" in the table). */
        static final Map<String, Codec> MODULES = new HashMap<>(128);
        /** Codecs that exist in Python but do not decode bytes to text. */
        static final Set<String> NOT_TEXT = Set.of("base64", "base64_codec", "base_64", "bz2", "bz2_codec", "hex",
                "hex_codec", "quopri", "quopri_codec", "quoted_printable", "quotedprintable", "rot13", "rot_13", "uu",
                "uu_codec", "zip", "zlib", "zlib_codec");

        static {
            String table = """
                    Big5|big5|MULTIBYTE|=big5 big5_tw csbig5 x_mac_trad_chinese
                    Big5-HKSCS|big5hkscs|MULTIBYTE|big5_hkscs =big5hkscs hkscs
                    EUC-JP|euc_jp|MULTIBYTE|=euc_jp eucjp u_jis ujis
                    EUC-KR|euc_kr|MULTIBYTE|=euc_kr euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 x_mac_korean
                    GB18030|gb18030|MULTIBYTE|=gb18030 gb18030_2000
                    GB2312|gb2312|MULTIBYTE|chinese csiso58gb231280 euc_cn euccn eucgb2312_cn =gb2312 gb2312_1980 gb2312_80 iso_ir_58 x_mac_simp_chinese
                    GBK|gbk|MULTIBYTE|936 cp936 =gbk ms936
                    IBM00858|charmap|CHARMAP|858 =cp858 csibm858 ibm858
                    IBM01140|charmap|CHARMAP|1140 =cp1140 ibm1140
                    IBM037|charmap|CHARMAP|037 =cp037 csibm037 ebcdic_cp_ca ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ibm037 ibm039
                    IBM1026|charmap|CHARMAP|1026 =cp1026 csibm1026 ibm1026
                    IBM273|charmap|CHARMAP|273 =cp273 csibm273 ibm273
                    IBM424|charmap|CHARMAP|424 =cp424 csibm424 ebcdic_cp_he ibm424
                    IBM437|charmap|CHARMAP|437 =cp437 cspc8codepage437 ibm437
                    IBM500|charmap|CHARMAP|500 =cp500 csibm500 ebcdic_cp_be ebcdic_cp_ch ibm500
                    IBM775|charmap|CHARMAP|775 =cp775 cspc775baltic ibm775
                    IBM850|charmap|CHARMAP|850 =cp850 cspc850multilingual ibm850
                    IBM852|charmap|CHARMAP|852 =cp852 cspcp852 ibm852
                    IBM855|charmap|CHARMAP|855 =cp855 csibm855 ibm855
                    IBM857|charmap|CHARMAP|857 =cp857 csibm857 ibm857
                    IBM860|charmap|CHARMAP|860 =cp860 csibm860 ibm860
                    IBM861|charmap|CHARMAP|861 =cp861 cp_is csibm861 ibm861
                    IBM862|charmap|CHARMAP|862 =cp862 cspc862latinhebrew ibm862
                    IBM863|charmap|CHARMAP|863 =cp863 csibm863 ibm863
                    IBM864|charmap|CHARMAP|864 =cp864 csibm864 ibm864
                    IBM865|charmap|CHARMAP|865 =cp865 csibm865 ibm865
                    IBM866|charmap|CHARMAP|866 =cp866 csibm866 ibm866
                    IBM869|charmap|CHARMAP|869 =cp869 cp_gr csibm869 ibm869
                    ISO-2022-JP|iso2022_jp|MULTIBYTE|csiso2022jp =iso2022_jp iso2022jp iso_2022_jp
                    ISO-2022-JP-2|iso2022_jp_2|MULTIBYTE|=iso2022_jp_2 iso2022jp_2 iso_2022_jp_2
                    ISO-2022-KR|iso2022_kr|MULTIBYTE|csiso2022kr =iso2022_kr iso2022kr iso_2022_kr
                    ISO-8859-1|charmap|CHARMAP|8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1 =latin_1
                    ISO-8859-13|charmap|CHARMAP|=iso8859_13 iso_8859_13 l7 latin7
                    ISO-8859-15|charmap|CHARMAP|=iso8859_15 iso_8859_15 l9 latin9
                    ISO-8859-16|charmap|CHARMAP|=iso8859_16 iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10
                    ISO-8859-2|charmap|CHARMAP|csisolatin2 =iso8859_2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2
                    ISO-8859-3|charmap|CHARMAP|csisolatin3 =iso8859_3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3
                    ISO-8859-4|charmap|CHARMAP|csisolatin4 =iso8859_4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4
                    ISO-8859-5|charmap|CHARMAP|csisolatincyrillic cyrillic =iso8859_5 iso_8859_5 iso_8859_5_1988 iso_ir_144
                    ISO-8859-6|charmap|CHARMAP|arabic asmo_708 csisolatinarabic ecma_114 =iso8859_6 iso_8859_6 iso_8859_6_1987 iso_ir_127
                    ISO-8859-7|charmap|CHARMAP|csisolatingreek ecma_118 elot_928 greek greek8 =iso8859_7 iso_8859_7 iso_8859_7_1987 iso_ir_126
                    ISO-8859-8|charmap|CHARMAP|csisolatinhebrew hebrew =iso8859_8 iso_8859_8 iso_8859_8_1988 iso_ir_138
                    ISO-8859-9|charmap|CHARMAP|csisolatin5 =iso8859_9 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5
                    KOI8-R|charmap|CHARMAP|cskoi8r =koi8_r
                    KOI8-U|charmap|CHARMAP|=koi8_u
                    Shift_JIS|shift_jis|MULTIBYTE|csshiftjis s_jis =shift_jis shiftjis sjis x_mac_japanese
                    TIS-620|charmap|CHARMAP|iso_ir_166 tis620 =tis_620 tis_620_0 tis_620_2529_0 tis_620_2529_1
                    US-ASCII|ascii|ASCII|646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 =ascii cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii
                    x-UTF-16LE-BOM|utf-16-le|UNICODE|u16 utf16 =utf_16
                    UTF-16BE|utf-16-be|UNICODE|unicodebigunmarked =utf_16_be utf_16be
                    UTF-16LE|utf-16-le|UNICODE|unicodelittleunmarked =utf_16_le utf_16le
                    X-UTF-32LE-BOM|utf-32-le|UNICODE|u32 utf32 =utf_32
                    UTF-32BE|utf-32-be|UNICODE|=utf_32_be utf_32be
                    UTF-32LE|utf-32-le|UNICODE|=utf_32_le utf_32le
                    UTF-8|utf-8|UTF8|cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4 =utf_8 =utf_8_sig
                    windows-1250|charmap|CHARMAP|1250 =cp1250 windows_1250
                    windows-1251|charmap|CHARMAP|1251 =cp1251 windows_1251
                    windows-1252|charmap|CHARMAP|1252 =cp1252 windows_1252
                    windows-1253|charmap|CHARMAP|1253 =cp1253 windows_1253
                    windows-1254|charmap|CHARMAP|1254 =cp1254 windows_1254
                    windows-1255|charmap|CHARMAP|1255 =cp1255 windows_1255
                    windows-1256|charmap|CHARMAP|1256 =cp1256 windows_1256
                    windows-1257|charmap|CHARMAP|1257 =cp1257 windows_1257
                    windows-1258|charmap|CHARMAP|1258 =cp1258 windows_1258
                    windows-31j|cp932|MULTIBYTE|932 =cp932 ms932 ms_kanji mskanji windows_31j
                    x-IBM1006|charmap|CHARMAP|=cp1006
                    x-IBM737|charmap|CHARMAP|=cp737
                    x-IBM856|charmap|CHARMAP|=cp856
                    x-IBM875|charmap|CHARMAP|=cp875
                    x-Johab|johab|MULTIBYTE|cp1361 =johab ms1361
                    x-MacArabic|charmap|CHARMAP|=mac_arabic
                    x-MacCentralEurope|charmap|CHARMAP|mac_centeuro =mac_latin2 maccentraleurope maclatin2
                    x-MacCroatian|charmap|CHARMAP|=mac_croatian
                    x-MacCyrillic|charmap|CHARMAP|=mac_cyrillic maccyrillic
                    x-MacGreek|charmap|CHARMAP|=mac_greek macgreek
                    x-MacIceland|charmap|CHARMAP|=mac_iceland maciceland
                    x-MacRoman|charmap|CHARMAP|=mac_roman macintosh macroman
                    x-MacRomania|charmap|CHARMAP|=mac_romanian
                    x-MacTurkish|charmap|CHARMAP|=mac_turkish macturkish
                    x-SJIS_0213|shift_jisx0213|MULTIBYTE|s_jisx0213 =shift_jisx0213 shiftjisx0213 sjisx0213
                    x-iso-8859-11|charmap|CHARMAP|=iso8859_11 iso_8859_11 iso_8859_11_2001 thai
                    x-windows-874|charmap|CHARMAP|=cp874
                    x-windows-949|cp949|MULTIBYTE|949 =cp949 ms949 uhc
                    x-windows-950|cp950|MULTIBYTE|950 =cp950 ms950
                    """;
            for (String line : table.strip().split("\n")) {
                String[] f = line.strip().split("\\|");
                Codec codec = new Codec(f[0], f[1], Family.valueOf(f[2]));
                for (String name : f[3].split(" ")) {
                    if (name.startsWith("=")) {
                        MODULES.put(name.substring(1), codec);
                    } else {
                        ALIASES.put(name, codec);
                    }
                }
            }
        }
    }

    /**
     * The name as Python's codec registry looks it up: lower case, each run of characters other
     * than ASCII letters, digits and '.' turned into one '_' (none at the ends). CPython:
     * encodings.normalize_encoding.
     */
    private static String normalizeEncoding(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean punct = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(c);
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    /** Decodes the whole source with the codec named {@code cookie}. CPython: translate_into_utf8. */
    private static String decodeWith(String cookie, byte[] b, int start, String filename) {
        String norm = normalizeEncoding(cookie);
        Codec codec = Codecs.ALIASES.get(norm);
        if (codec == null) {
            codec = Codecs.ALIASES.get(norm.replace('.', '_'));
        }
        if (codec == null) {
            codec = Codecs.MODULES.get(norm);
        }
        if (codec == null) {
            if (Codecs.NOT_TEXT.contains(norm)) {
                throw problem(filename, "'" + cookie + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
            }
            throw problem(filename, "unknown encoding: " + cookie);
        }
        Charset charset;
        try {
            charset = Charset.forName(codec.charset());
        } catch (IllegalArgumentException e) {
            throw problem(filename, "unknown encoding: " + cookie);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start).slice();
        CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            throw problem(filename, decodeError(codec, b, start, in.position(), r.length(), in.limit()));
        }
        if (r.isOverflow()) {
            throw new IllegalStateException("decoder output overflow");
        }
        out.flip();
        String text = out.toString();
        if (codec.charset().equals("UTF-8") && text.startsWith("\uFEFF")) {
            text = text.substring(1); // utf_8_sig
        }
        return text;
    }

    /** CPython's UnicodeDecodeError text for a decoding failure at {@code pos} (relative to {@code start}). */
    private static String decodeError(Codec codec, byte[] b, int start, int pos, int length, int limit) {
        byte[] data = Arrays.copyOfRange(b, start, b.length);
        return switch (codec.family()) {
            case ASCII -> Utf8.describe("ascii", data, pos, pos + 1, "ordinal not in range(128)");
            case CHARMAP -> Utf8.describe("charmap", data, pos, pos + 1, "character maps to <undefined>");
            case UTF8 -> Utf8.describeError(data);
            case MULTIBYTE -> pos + length >= limit
                    ? Utf8.describe(codec.pythonName(), data, pos, limit, "incomplete multibyte sequence")
                    : Utf8.describe(codec.pythonName(), data, pos, pos + 1, "illegal multibyte sequence");
            case UNICODE -> pos + length >= limit
                    ? Utf8.describe(codec.pythonName(), data, pos, limit, "truncated data")
                    : Utf8.describe(codec.pythonName(), data, pos, pos + length,
                            codec.pythonName().startsWith("utf-16") ? "illegal UTF-16 surrogate"
                                    : "code point not in range(0x110000)");
        };
    }

    /**
     * A decoding problem: CPython raises these as SyntaxErrors on line 0 with offset -1, no end
     * and no text.
     */
    private static ParseFailure problem(String filename, String message) {
        return new ParseFailure(new SyntaxProblem(SyntaxProblem.Kind.SYNTAX_ERROR, message, filename, 0, -1, -1, 0,
                null));
    }
}
