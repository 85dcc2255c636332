/**
 * The compiler's first pass: the symbol table, which classifies every name of every scope as
 * CPython 3.13's {@code symtable.c} does and raises its scope errors.
 *
 * <p>{@link org.pyxis.compiler.symtable.SymbolTable} is the entry point and map of the area:
 * {@link org.pyxis.compiler.symtable.FutureFeatures} (the {@code from __future__} scan),
 * {@link org.pyxis.compiler.symtable.SymbolTableBuilder} (the walk that records names),
 * {@link org.pyxis.compiler.symtable.ScopeAnalyzer} (the pass that resolves them), and the
 * results: {@link org.pyxis.compiler.symtable.Scope} (CPython's {@code PySTEntryObject}),
 * {@link org.pyxis.compiler.symtable.Symbol} and {@link org.pyxis.compiler.symtable.SymbolScope}.
 * Their queries mirror Python's {@code symtable} module, which a test compares against over the
 * whole standard library.
 *
 * <p>Uses only {@code org.pyxis.parser} (the tree, and {@code ParseFailure}/{@code SyntaxProblem}
 * for errors) and the JDK; knows nothing of Python objects, interpreters or the VM. A table is
 * built by one thread and immutable afterwards, so the code generator may share it. No state
 * outlives a {@code build} call.
 */
package org.pyxis.compiler.symtable;
