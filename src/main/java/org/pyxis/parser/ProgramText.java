package org.pyxis.parser;

import java.io.IOException;
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
 * last line without one gets none; a BOM before the first line is dropped; the bytes are decoded
 * with the coding cookie's encoding, and when they do not decode (a piece cut inside a
 * character) CPython falls back to the parser's own copy of the line.
 *
 * <p>CPython: _PyErr_ProgramDecodedTextObject and err_programtext. Only the statement parser's
 * errors in EXEC mode go through here, as only CPython's parser does this.
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
        byte[] piece = translated(file, start, end);
        int from = 0;
        if (lineno == 1 && piece.length >= 3 && (piece[0] & 0xff) == 0xef && (piece[1] & 0xff) == 0xbb
                && (piece[2] & 0xff) == 0xbf) {
            from = 3;
        }
        return decode(piece, from, encodingOf(file));
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

    private static Charset encodingOf(byte[] file) {
        int start = file.length >= 3 && (file[0] & 0xff) == 0xef && (file[1] & 0xff) == 0xbb
                && (file[2] & 0xff) == 0xbf ? 3 : 0;
        String cookie = SourceDecoder.findCookie(file, start);
        if (cookie == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(cookie);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String decode(byte[] b, int from, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(b, from, b.length - from)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private ProgramText() {}
}
