"""CPython's side of the parse benchmark: ast.parse every .py file under a directory.
With --once, one pass; otherwise 2 warm-up passes and 7 timed ones, printing the median."""
import ast
import os
import sys
import time
import warnings

warnings.simplefilter("ignore")
lib = sys.argv[1]
sources = []
for dirpath, dirnames, filenames in os.walk(lib):
    dirnames.sort()
    for f in sorted(filenames):
        if f.endswith(".py"):
            path = os.path.join(dirpath, f)
            with open(path, "rb") as fh:
                sources.append((path, fh.read()))


def one_pass():
    ok = 0
    for path, src in sources:
        try:
            ast.parse(src, path)
            ok += 1
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            pass
    return ok


if len(sys.argv) > 2 and sys.argv[2] == "--once":
    print("files", one_pass())
else:
    for _ in range(2):
        one_pass()
    times = []
    for _ in range(7):
        t0 = time.perf_counter()
        one_pass()
        times.append(time.perf_counter() - t0)
    times.sort()
    print("median_seconds %.4f" % times[len(times) // 2])
