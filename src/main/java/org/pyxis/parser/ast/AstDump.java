package org.pyxis.parser.ast;

import java.util.List;

/**
 * Formats a tree exactly as CPython 3.13's {@code ast.dump(node, include_attributes=True)} does
 * (single-line form): fields by name, absent optionals and empty lists left out except on
 * {@code Constant} and {@code MatchSingleton}, then the position attributes. Values print as
 * {@link Repr#of} gives them: a str held as {@link Constants.CodePoints} prints like any other
 * str, its surrogate code points escaped (<code>'&#92;ud834&#92;udd1e'</code>, not the one
 * character U+1D11E).
 */
public final class AstDump {
    private AstDump() {}

    public static String dump(Node node, boolean includeAttributes) {
        StringBuilder sb = new StringBuilder(1024);
        format(sb, node, includeAttributes);
        return sb.toString();
    }

    private static void format(StringBuilder sb, Object value, boolean attrs) {
        if (value instanceof Node node) {
            formatNode(sb, node, attrs);
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                format(sb, list.get(i), attrs);
            }
            sb.append(']');
        } else {
            sb.append(Repr.of(value));
        }
    }

    private static void formatNode(StringBuilder sb, Node node, boolean attrs) {
        sb.append(node.pythonName()).append('(');
        boolean keepEmpty = node instanceof Expr.Constant || node instanceof Pattern.MatchSingleton;
        boolean first = true;
        List<String> names = node.fieldNames();
        for (int i = 0; i < names.size(); i++) {
            Object v = node.fieldValue(i);
            if (!keepEmpty && (v == null || (v instanceof List<?> l && l.isEmpty()))) {
                continue;
            }
            if (v == null) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(names.get(i)).append('=');
            format(sb, v, attrs);
        }
        if (attrs && node instanceof Located loc) {
            if (!first) {
                sb.append(", ");
            }
            sb.append("lineno=").append(loc.lineno())
                    .append(", col_offset=").append(loc.colOffset())
                    .append(", end_lineno=").append(loc.endLineno())
                    .append(", end_col_offset=").append(loc.endColOffset());
        }
        sb.append(')');
    }
}
