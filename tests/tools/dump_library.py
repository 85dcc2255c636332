"""Prints, for every .py file of this CPython's standard library, what ast.parse makes of it.

Run by org.pyxis.parser.LibraryParseTest with the reference CPython 3.13. Output, one record per
file, tab-separated, sorted by path:
    OK  <path>  <sha256 of ast.dump(tree, include_attributes=True) as UTF-8>
    ERR <path>  <exception type>  <lineno>  <repr(msg)>
The first line is "LIB <stdlib directory>". With --dump PATH, prints that one file's dump instead.
"""
import ast
import hashlib
import os
import sys
import sysconfig
import warnings
from concurrent.futures import ProcessPoolExecutor


def record(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source, path)
    except (SyntaxError, ValueError) as e:
        return "ERR\t%s\t%s\t%s\t%r" % (path, type(e).__name__, getattr(e, "lineno", None),
                                        getattr(e, "msg", str(e)))
    dump = ast.dump(tree, include_attributes=True)
    return "OK\t%s\t%s" % (path, hashlib.sha256(dump.encode("utf-8", "surrogatepass")).hexdigest())


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        with open(sys.argv[2], "rb") as f:
            print(ast.dump(ast.parse(f.read(), sys.argv[2]), include_attributes=True))
        return
    lib = sysconfig.get_paths()["stdlib"]
    paths = []
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        paths += [os.path.join(dirpath, f) for f in filenames if f.endswith(".py")]
    paths.sort()
    print("LIB\t" + lib)
    with ProcessPoolExecutor(max_workers=2) as pool:
        for line in pool.map(record, paths, chunksize=16):
            print(line)


if __name__ == "__main__":
    main()
