package org.pyxis.compiler.symtable;

import java.util.List;
import org.pyxis.parser.ParseFailure;
import org.pyxis.parser.SyntaxProblem;
import org.pyxis.parser.ast.Alias;
import org.pyxis.parser.ast.Expr;
import org.pyxis.parser.ast.Mod;
import org.pyxis.parser.ast.Stmt;

/**
 * The {@code from __future__ import} features a module turns on, found before the symbol table
 * is built because {@code annotations} changes it. CPython: {@code _PyFutureFeatures}, filled by
 * {@code future.c}.
 *
 * @param flags the {@code CO_FUTURE_*} bits in force (CPython's values, as {@code compile()}'s
 *     {@code flags} argument and {@code __future__._Feature.compiler_flag} use them)
 * @param lineno where the last future import of the module's leading block is, or -1 when there
 *     is none: the code generator rejects a later {@code from __future__ import}. CPython: ff_location
 */
public record FutureFeatures(int flags, int lineno, int colOffset, int endLineno, int endColOffset) {
    /** {@code from __future__ import barry_as_FLUFL}. CPython: CO_FUTURE_BARRY_AS_BDFL. */
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    /** {@code from __future__ import annotations}. CPython: CO_FUTURE_ANNOTATIONS. */
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    /** Features that need no compiler support any more: accepted and ignored. */
    private static final List<String> ALWAYS_ON = List.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "generator_stop");

    public boolean annotations() {
        return (flags & CO_FUTURE_ANNOTATIONS) != 0;
    }

    /**
     * Scans the future imports that open a module (after its docstring) and checks their names.
     * Inherited flags (from {@code compile()}'s {@code flags}, or the compiling code) are added.
     * CPython: _PyFuture_FromAST.
     *
     * @throws ParseFailure "future feature X is not defined", or "not a chance" for {@code braces}
     */
    public static FutureFeatures of(Mod module, String filename, SourceLines lines, int inheritedFlags) {
        List<Stmt> body = switch (module) {
            case Mod.Module m -> m.body();
            case Mod.Interactive i -> i.body();
            default -> List.of();
        };
        int flags = 0;
        int[] location = {-1, -1, -1, -1};
        int i = hasDocstring(body) ? 1 : 0;
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom s) || s.level() != 0 || !"__future__".equals(s.module())) {
                break;
            }
            for (Alias name : s.names()) {
                String feature = name.name();
                if (feature.equals("barry_as_FLUFL")) {
                    flags |= CO_FUTURE_BARRY_AS_BDFL;
                } else if (feature.equals("annotations")) {
                    flags |= CO_FUTURE_ANNOTATIONS;
                } else if (!ALWAYS_ON.contains(feature)) {
                    // CPython places these errors at the statement, with no end.
                    String message = feature.equals("braces") ? "not a chance"
                            : "future feature " + feature + " is not defined";
                    throw new ParseFailure(new SyntaxProblem(SyntaxProblem.Kind.SYNTAX_ERROR, message, filename,
                            s.lineno(), s.colOffset() + 1, s.lineno(), 0, lines.line(s.lineno())));
                }
            }
            location = new int[] {s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset()};
        }
        return new FutureFeatures(flags | inheritedFlags, location[0], location[1], location[2], location[3]);
    }

    /** CPython: _PyAST_GetDocString (non-null). */
    static boolean hasDocstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.Expr e
                && e.value() instanceof Expr.Constant c && org.pyxis.parser.ast.Constants.isStr(c.value());
    }
}
