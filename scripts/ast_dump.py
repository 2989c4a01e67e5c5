"""Writes CPython's AST dump of Python files into a cache directory.

Used by scripts/ast-diff and AstDifferentialTest, run with python3.13 (the oracle):

    python3.13 ast_dump.py info
        prints the format version, sys.version (one line) and the stdlib folder
    python3.13 ast_dump.py dump CACHE_DIR < paths
        for each path on stdin (one per line, UTF-8), writes CACHE_DIR/<sha256 of the bytes>.gz
        unless present; the caller hashes the files itself to find the entries.

An entry (gzip, UTF-8) holds either the dump,
    ast.dump(ast.parse(source_bytes), include_attributes=True)
or, when CPython rejects the file, one line starting with '!':
    !<exception class>|<lineno>|<offset>|<message>
The source is given as bytes so that CPython applies its own decoding (BOM, coding cookie).
"""
import ast
import gzip
import hashlib
import os
import sys
import sysconfig
import warnings

# Bump when the entry format changes, so that stale caches are not reused.
FORMAT_VERSION = "1"


def outcome(source: bytes) -> str:
    try:
        with warnings.catch_warnings():
            # Invalid escape sequences etc. only warn; they do not change the tree.
            warnings.simplefilter("ignore")
            tree = ast.parse(source)
        return ast.dump(tree, include_attributes=True)
    except SyntaxError as e:
        return "!%s|%s|%s|%s" % (type(e).__name__, e.lineno, e.offset, e.msg)
    except (RecursionError, MemoryError, ValueError) as e:
        return "!%s|0|0|%s" % (type(e).__name__, str(e).replace("\n", " "))


def write_atomically(path: str, data: bytes) -> None:
    tmp = "%s.%d.tmp" % (path, os.getpid())
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def dump(cache_dir: str) -> None:
    os.makedirs(cache_dir, exist_ok=True)
    for line in sys.stdin.buffer:
        path = line.rstrip(b"\n").decode("utf-8")
        if not path:
            continue
        with open(path, "rb") as f:
            source = f.read()
        key = hashlib.sha256(source).hexdigest()
        entry = os.path.join(cache_dir, key + ".gz")
        if not os.path.exists(entry):
            text = outcome(source)
            write_atomically(entry, gzip.compress(text.encode("utf-8", "surrogatepass"), compresslevel=1))


def main() -> None:
    if len(sys.argv) == 2 and sys.argv[1] == "info":
        print(FORMAT_VERSION)
        print(sys.version.replace("\n", " "))
        print(sysconfig.get_paths()["stdlib"])
    elif len(sys.argv) == 3 and sys.argv[1] == "dump":
        dump(sys.argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
