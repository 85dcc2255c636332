/**
 * Python source to abstract syntax tree: {@link org.pyxis.parser.SourceDecoder} (bytes to text),
 * {@link org.pyxis.parser.Tokenizer} (text to tokens) and {@link org.pyxis.parser.Parser} (tokens
 * to the tree of {@link org.pyxis.parser.ast}), matching CPython 3.13's trees, positions and syntax
 * errors.
 *
 * <p>Depends on no other Pyxis package (an ArchUnit rule checks it): it produces plain Java values
 * and reports problems as {@link org.pyxis.parser.SyntaxProblem} data inside a
 * {@link org.pyxis.parser.ParseFailure}; callers turn them into Python objects and exceptions.
 * Holds no state beyond one parse: a parser and its tokenizer belong to the thread parsing.
 */
package org.pyxis.parser;
