package org.pyxis.parser;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The source line CPython attaches to a syntax error in a file: it does not take it from the
 * text being parsed but reads it again from the file named by the filename, when that file
 * exists. The way it reads shows in the error: lines are read in pieces of at most 999 bytes and
 * only the last piece of a long line is kept; line breaks are translated to {@code '\n'} and a
 * last line without one gets none; a BOM before the first line is kept, so it shows as U+FEFF
 * and the offsets (counted in the bytes of the source without the BOM) land two characters
 * short; the bytes are decoded with the encoding a coding cookie or BOM declares, undecodable
 * bytes becoming U+FFFD, or else as UTF-8, and when they do not decode then (a piece cut inside a
 * character, say) CPython falls back to the parser's own copy of the line.
 *
 * <p>CPython: _PyErr_ProgramDecodedTextObject and err_programtext. Only errors that CPython's
 * parser raises in EXEC mode go through here (including the tokenizer errors it raises for the
 * tokenizer, such as an unclosed bracket), not the errors CPython's tokenizer raises itself.
 */
final class ProgramText {
    /** CPython: the size of err_programtext's line buffer, less its terminating NUL. */
    private static final int PIECE = 999;

    /**
     * Line {@code lineno} (1-based) of the file {@code filename}, or null if there is no such
     * file or line, or its text does not decode.
     */
    static String line(String filename, int lineno) {
        if (filename == null || lineno < 1) {
            return null;
        }
        byte[] file;
        try {
            Path path = Path.of(filename);
            if (!Files.isRegularFile(path)) {
                return null;
            }
            file = Files.readAllBytes(path);
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null;
        }
        int start = 0;
        int end = 0;
        int i = 0;
        for (int line = 0; line < lineno; ) {
            if (i >= file.length) {
                return null;
            }
            start = i;
            int size = 0;
            boolean ended = false;
            while (i < file.length && size < PIECE) {
                byte b = file[i++];
                size++;
                if (b == '\n' || b == '\r') {
                    if (b == '\r' && i < file.length && file[i] == '\n') {
                        i++;
                    }
                    ended = true;
                    break;
                }
            }
            end = i;
            if (!ended && size == PIECE) {
                continue;
            }
            line++;
        }
        return decode(translated(file, start, end), declaredEncoding(file));
    }

    /** The bytes {@code [start, end)} with a final {@code \r\n} or {@code \r} made {@code \n}. */
    private static byte[] translated(byte[] file, int start, int end) {
        int n = end - start;
        if (n >= 2 && file[end - 2] == '\r' && file[end - 1] == '\n') {
            n--;
        }
        byte[] out = new byte[n];
        System.arraycopy(file, start, out, 0, n);
        if (n > 0 && out[n - 1] == '\r') {
            out[n - 1] = '\n';
        }
        return out;
    }

    /**
     * The encoding CPython's tokenizer records for the file: the coding cookie's, UTF-8 after a
     * BOM, or none (null) when neither declares one.
     */
    private static Charset declaredEncoding(byte[] file) {
        boolean bom = file.length >= 3 && (file[0] & 0xff) == 0xef && (file[1] & 0xff) == 0xbb
                && (file[2] & 0xff) == 0xbf;
        String cookie = SourceDecoder.findCookie(file, bom ? 3 : 0);
        if (cookie == null) {
            return bom ? StandardCharsets.UTF_8 : null;
        }
        try {
            return Charset.forName(cookie);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * The line's text: with a declared encoding, decoded with undecodable bytes replaced by
     * U+FFFD (for UTF-8 grouped as CPython's "replace" handler groups them); without one, strict
     * UTF-8, null if it does not decode.
     */
    private static String decode(byte[] b, Charset declared) {
        if (declared == null) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }
        if (declared.equals(StandardCharsets.UTF_8)) {
            return Utf8.decodeReplacing(b);
        }
        try {
            return declared.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private ProgramText() {}
}
