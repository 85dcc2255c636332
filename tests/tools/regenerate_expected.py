#!/usr/bin/env python3
"""Regenerates the .expected files of the differential corpus in tests/python/ with CPython 3.13.

Usage (from anywhere):  tests/tools/regenerate_expected.py [PATH ...]
Each PATH is a .py file or a directory under tests/python/ (default: all of tests/python/).
The interpreter is $PYXIS_CPYTHON, else python3.13 (including pyenv's 3.13.x installs).

A test is `<area>/<behaviour>.py`; its `<behaviour>.expected` records, for the same command line
run from the repository root with the path relative to it:

    exit <status>
    --- stdout
    <stdout, verbatim>
    --- stderr
    <stderr, verbatim>

How a file is run depends on its area, mirroring the `pyxis` command line the Java harness
(org.pyxis.PythonCorpusTest) uses:
  parser/, parser_errors/   pyxis -X dump-ast FILE   (CPython: ast.parse + ast.dump, below)
  anything else             pyxis FILE
"""
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests", "python")

# What `pyxis -X dump-ast FILE` does, written with CPython's ast module: print the tree, or print
# the SyntaxError as the interpreter reports one (traceback.format_exception_only) and exit 1.
DUMP_AST = r"""
import ast, sys, traceback
path = sys.argv[1]
with open(path, 'rb') as f:
    source = f.read()
try:
    tree = ast.parse(source, path)
except SyntaxError as e:
    sys.stdout.flush()
    sys.stderr.write(''.join(traceback.format_exception_only(e)))
    sys.exit(1)
print(ast.dump(tree, include_attributes=True))
"""

DUMP_AST_AREAS = {"parser", "parser_errors"}


def find_cpython():
    candidates = [os.environ.get("PYXIS_CPYTHON"), "python3.13"]
    pyenv_root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates += sorted(glob.glob(os.path.join(pyenv_root, "versions", "3.13*", "bin", "python3.13")))
    for c in candidates:
        if not c:
            continue
        try:
            out = subprocess.run([c, "-c", "import sys; print(sys.version_info[:2])"],
                                 capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if out.returncode == 0 and out.stdout.strip() == "(3, 13)":
            return c
    sys.exit("regenerate_expected: no CPython 3.13 found (set PYXIS_CPYTHON)")


def command(python, rel):
    area = rel.split("/")[2]
    if area in DUMP_AST_AREAS:
        return [python, "-X", "utf8", "-c", DUMP_AST, rel]
    return [python, "-X", "utf8", rel]


def regenerate(python, path):
    rel = os.path.relpath(path, ROOT).replace(os.sep, "/")
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    run = subprocess.run(command(python, rel), cwd=ROOT, capture_output=True, env=env, timeout=300)
    expected = ("exit %d\n--- stdout\n" % run.returncode).encode() + run.stdout \
        + b"--- stderr\n" + run.stderr
    with open(path[:-3] + ".expected", "wb") as f:
        f.write(expected)


def main(args):
    python = find_cpython()
    targets = args or [CORPUS]
    files = []
    for t in targets:
        t = os.path.abspath(t)
        if os.path.isdir(t):
            files += sorted(glob.glob(os.path.join(t, "**", "*.py"), recursive=True))
        else:
            files.append(t)
    for path in files:
        regenerate(python, path)
    print("regenerated %d expected files with %s" % (len(files), python))


if __name__ == "__main__":
    main(sys.argv[1:])
