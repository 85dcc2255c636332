package org.pyxis.parser.ast;

/**
 * A node with CPython's position attributes. Lines are 1-based; columns are 0-based offsets in
 * UTF-8 bytes of the source line, as CPython counts them.
 */
public interface Located extends Node {
    int lineno();

    int colOffset();

    int endLineno();

    int endColOffset();
}
