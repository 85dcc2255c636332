#!/usr/bin/env python3
"""Writes the generated nesting-limit tests of the parser corpus (too big or too regular to write by hand).

Usage (from anywhere):  tests/tools/make_deep_nesting.py
then run tests/tools/regenerate_expected.py on the written files to refresh their .expected files.

CPython 3.13's limits that these files sit on or just past:
  * the tokenizer allows 200 open brackets (MAXLEVEL), the 201st is "too many nested parentheses";
  * the tokenizer allows 99 indentation levels (MAXINDENT 100), the 100th is
    "IndentationError: too many levels of indentation";
  * the tokenizer allows 149 nested f-strings (MAXFSTRINGLEVEL 150), the 150th is "too many nested f-strings".
Nesting far beyond a limit checks that the error comes from the limit, not from a stack overflow of a
recursive parser.  Every file stays under 1 MB.
"""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests", "python")
LIMIT = 1_000_000


def write(area, name, text):
    data = text.encode("utf-8")
    assert len(data) < LIMIT, (name, len(data))
    path = os.path.join(CORPUS, area, name + ".py")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    print("wrote %s (%d bytes)" % (os.path.relpath(path, ROOT), len(data)))


def nested_ifs(levels):
    """`levels` nested if statements, one space of indentation per level, `pass` innermost."""
    lines = ["# %d nested if blocks, one space of indentation per level\n" % levels]
    lines += [" " * i + "if x%d:\n" % i for i in range(levels)]
    lines.append(" " * levels + "pass\n")
    return "".join(lines)


def nested_brackets(depth, per_line=100):
    """`x = ` then `depth` opening brackets (cycling ( [ {), `per_line` per line, then the closers."""
    opens = "([{" * (depth // 3 + 1)
    opens = opens[:depth]
    closes = "".join({"(": ")", "[": "]", "{": "}"}[c] for c in reversed(opens))
    body = "\n".join(opens[i:i + per_line] for i in range(0, depth, per_line))
    tail = "\n".join(closes[i:i + per_line] for i in range(0, depth, per_line))
    return "x = " + body + "1\n" + tail + "\n"


def nested_fstrings(depth):
    return "x = " + "f'{" * depth + "1" + "}'" * depth + "\n"


def main():
    # valid: exactly at the limits
    write("parser", "nesting_200_brackets_at_limit", nested_brackets(200, per_line=50))
    write("parser", "nesting_99_indentation_levels_at_limit", nested_ifs(99))
    write("parser", "nesting_149_fstrings_at_limit", nested_fstrings(149))
    # invalid: one past the limits
    write("parser_errors", "too_many_nested_parentheses", "x = " + "(" * 201 + "1" + ")" * 201 + "\n")
    write("parser_errors", "too_many_nested_mixed_brackets", nested_brackets(201, per_line=50))
    write("parser_errors", "too_many_indentation_levels", nested_ifs(100))
    write("parser_errors", "too_many_nested_fstrings", nested_fstrings(150))
    # invalid: far past the limits
    write("parser_errors", "deeply_nested_parentheses_100000",
          "x = " + "\n".join("(" * 100 for _ in range(1000)) + "\n")
    # 10,000 nested blocks would need ~50 MB of indentation (one more column per level); 1,400 is
    # as deep as fits in 1 MB and is still 14 times the limit.
    write("parser_errors", "deeply_nested_if_blocks_1400", nested_ifs(1400))


if __name__ == "__main__":
    main()
