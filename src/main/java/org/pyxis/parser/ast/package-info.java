/**
 * The abstract syntax tree, node for node and field for field CPython's {@code ast} module. The
 * node types are generated from {@code src/main/ast/python-ast.txt}; {@link
 * org.pyxis.parser.ast.AstDump} and {@link org.pyxis.parser.ast.Repr} print trees as
 * {@code ast.dump} does. Trees are immutable once built and may be shared between threads.
 */
package org.pyxis.parser.ast;
