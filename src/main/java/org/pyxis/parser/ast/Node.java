package org.pyxis.parser.ast;

import java.util.List;

/**
 * A node of the abstract syntax tree, with CPython's class name and fields so that generic code
 * (the {@link AstDump dumper}, later the {@code ast} module) can walk any node.
 *
 * <p>Nodes are immutable once the parser returns them: lists are built by the parser and never
 * changed afterwards, so a tree may be shared between threads and interpreters.
 */
public interface Node {
    /** The Python class name ({@code BinOp}, {@code arguments}, {@code Load}). */
    String pythonName();

    /** CPython's {@code _fields}, in order. */
    List<String> fieldNames();

    /**
     * The value of field {@code index}: a {@link Node}, a {@code java.util.List}, a {@code String},
     * an {@code Integer}, a constant (see {@link Constants}; a str constant is a {@code String} or,
     * rarely, a {@link Constants.CodePoints}) or {@code null} for an absent optional.
     */
    Object fieldValue(int index);
}
