package org.pyxis.compiler.symtable;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link SymbolTable} as {@code tests/tools/dump_symtable.py} prints CPython's
 * {@code symtable.symtable(...)}, so the two texts can be compared: every scope depth first, its
 * parameters, then each symbol with its flags, scope and the answers of Python's
 * {@code symtable.Symbol} queries.
 */
final class SymtableDump {
    private SymtableDump() {}

    static String dump(SymbolTable table) {
        StringBuilder sb = new StringBuilder();
        dump(table.top(), sb, "");
        return sb.toString();
    }

    private static void dump(Scope scope, StringBuilder sb, String indent) {
        sb.append(indent).append(scope.kind().pythonName).append(' ').append(scope.name())
                .append(" line=").append(scope.lineno())
                .append(" optimized=").append(bit(scope.isOptimized()))
                .append(" nested=").append(bit(scope.isNested()))
                .append(" children=").append(bit(!scope.children().isEmpty())).append('\n');
        sb.append(indent).append("  varnames ").append(String.join(" ", scope.varnames())).append('\n');
        // Python's symtable module treats any table named "top" as the module when answering
        // is_global() and is_local(); the dump reproduces what that module answers.
        boolean moduleScope = scope.name().equals("top");
        for (Symbol s : canonicalOrder(scope)) {
            boolean boundInModule = moduleScope && s.hasFlag(Symbol.DEF_BOUND);
            SymbolScope where = s.scope();
            boolean global = where == SymbolScope.GLOBAL_IMPLICIT || where == SymbolScope.GLOBAL_EXPLICIT
                    || boundInModule;
            boolean local = where == SymbolScope.LOCAL || where == SymbolScope.CELL || boundInModule;
            sb.append(indent).append("  ").append(s.name()).append(" flags=0x").append(Integer.toHexString(s.flags()))
                    .append(" scope=").append(where == null ? "NONE" : where.name()).append(' ')
                    .append(bit(s.isReferenced())).append(bit(s.isImported())).append(bit(s.isParameter()))
                    .append(bit(global)).append(bit(s.isDeclaredGlobal())).append(bit(local))
                    .append(bit(s.isAnnotated())).append(bit(s.isFree())).append(bit(s.isAssigned()))
                    .append(bit(s.isNamespace())).append(bit(s.isNonlocal()))
                    .append(" namespaces=").append(s.namespaces().size()).append('\n');
        }
        for (Scope child : scope.children()) {
            dump(child, sb, indent + "    ");
        }
    }

    /**
     * Insertion order, except that each run of symbols with no flags of their own (free names
     * passed on from children, which CPython adds in string-hash order) is sorted by name.
     */
    private static List<Symbol> canonicalOrder(Scope scope) {
        List<Symbol> out = new ArrayList<>();
        List<Symbol> run = new ArrayList<>();
        for (Symbol s : scope.symbols()) {
            if (s.flags() == 0) {
                run.add(s);
                continue;
            }
            flush(run, out);
            out.add(s);
        }
        flush(run, out);
        return out;
    }

    private static void flush(List<Symbol> run, List<Symbol> out) {
        // Python sorts str by code point; compareTo orders UTF-16 units, which differs only
        // between supplementary characters and U+E000..U+FFFF.
        run.sort((a, b) -> compareCodePoints(a.name(), b.name()));
        out.addAll(run);
        run.clear();
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static char bit(boolean b) {
        return b ? '1' : '0';
    }
}
