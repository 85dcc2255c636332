package org.pyxis.parser;

/**
 * What CPython would raise as a {@code SyntaxError} (or subclass), as pure data: the caller turns it
 * into a Python exception or prints it. Offsets are 1-based <em>character</em> offsets into
 * {@code text}, as on CPython's SyntaxError ({@code offset}, {@code end_offset}); 0 means unknown.
 * {@code text} is the source line including its line terminator when the source had one, or null.
 */
public record SyntaxProblem(
        Kind kind, String message, String filename, int lineno, int offset, int endLineno, int endOffset,
        String text) {

    /** The Python exception class the problem becomes. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"),
        INDENTATION_ERROR("IndentationError"),
        TAB_ERROR("TabError"),
        /**
         * Not a SyntaxError: CPython raises MemoryError when the source nests too deeply for its
         * parser (only message is set; no position).
         */
        MEMORY_ERROR("MemoryError");

        public final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }
}
