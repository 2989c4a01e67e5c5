"""Runs pep8-naming on files and folders and prints its findings as flake8 prints them.

    PEP8_NAMING=path/to/pep8-naming FLAKE8=path/to/flake8 \\
        python3.13 scripts/pep8_naming_oracle.py [OPTION...] PATH...

PEP8_NAMING is a pep8-naming checkout (holding src/pep8ext_naming.py, e.g. 0.15.1) and FLAKE8 a
flake8 checkout (holding src/flake8; pep8-naming imports flake8.style_guide). Options, as
flake8 takes them: --ignore-names=A,B, --classmethod-decorators=A,B,
--staticmethod-decorators=A,B (comma-separated, defaults as pep8-naming's).

Each finding is printed as PATH:ROW:COL: CODE MESSAGE. pep8-naming hands flake8 a column that
is already 1-based and flake8 adds one more, so the printed column is one past the node (the
class or function name start for N801, N802, N807 and N818): pyvet prints the same. pep8-naming
counts UTF-8 bytes; the node's column is printed as code points (what pyvet prints) and
pep8-naming's offsets past it are added unchanged. Every N code is printed, N818 too (flake8
turns it off by default, pyvet too). Folders are walked for .py and .pyi files as scripts/pyflakes_oracle.py
walks them; files that do not parse are left out, and so are files pep8-naming fails on (a
class inside a match statement makes it fail; flake8 would stop), which are named on stderr.
"""
import argparse
import ast
import os
import re
import sys
import warnings


def reference_paths():
    naming, flake8 = os.environ.get('PEP8_NAMING'), os.environ.get('FLAKE8')
    if not naming or not os.path.isfile(os.path.join(naming, 'src', 'pep8ext_naming.py')):
        sys.exit('pep8_naming_oracle: set PEP8_NAMING to a pep8-naming checkout')
    if not flake8 or not os.path.isdir(os.path.join(flake8, 'src', 'flake8')):
        sys.exit('pep8_naming_oracle: set FLAKE8 to a flake8 checkout')
    sys.path[:0] = [os.path.join(naming, 'src'), os.path.join(flake8, 'src')]


reference_paths()
import pep8ext_naming  # noqa: E402
from oracle_support import code_point_column, files  # noqa: E402

# How far past the node pep8-naming moves the column ("class ", "def "), by code.
PAST_NODE = {'N801': 6, 'N818': 6, 'N802': 4, 'N807': 4}


def configure(args):
    """Sets the plugin's options the way flake8 does: through its parse_options."""
    defaults = pep8ext_naming
    options = argparse.Namespace(
        ignore_names=args.ignore_names if args.ignore_names is not None
        else defaults._default_ignored_names,
        classmethod_decorators=args.classmethod_decorators
        if args.classmethod_decorators is not None
        else defaults._default_classmethod_decorators,
        staticmethod_decorators=args.staticmethod_decorators
        if args.staticmethod_decorators is not None
        else defaults._default_staticmethod_decorators,
        # every N code selected, so every visitor runs
        select=['N'], extend_select=[], ignore=[], extend_ignore=[],
        extended_default_select=[], extended_default_ignore=[])
    pep8ext_naming.NamingChecker.parse_options(options)


def comma_list(value):
    # flake8's comma_separated_list: split on commas and whitespace, drop empty items
    return [x for x in re.split(r'[,\s]', value) if x.strip()]


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument('--ignore-names', type=comma_list)
    parser.add_argument('--classmethod-decorators', type=comma_list)
    parser.add_argument('--staticmethod-decorators', type=comma_list)
    parser.add_argument('paths', nargs='+')
    args = parser.parse_args(argv)
    configure(args)
    warnings.simplefilter('ignore')  # ast.parse's SyntaxWarnings (invalid escapes) are not findings
    out = sys.stdout
    for path in files(args.paths):
        try:
            with open(path, 'rb') as f:
                data = f.read()
            tree = ast.parse(data, filename=path)
            text = data.decode('utf-8', errors='replace')
        except (SyntaxError, ValueError, OSError, UnicodeDecodeError, RecursionError, MemoryError):
            continue
        lines = re.split(r'\r\n|\r|\n', text)  # the rows ast counts (not str.splitlines)
        try:
            results = list(pep8ext_naming.NamingChecker(tree, path).run())
        except Exception as e:  # flake8 stops on a failing plugin; we note it and go on
            sys.stderr.write('%s: pep8-naming failed: %r\n' % (path, e))
            continue
        found = []
        for row, col, message, _ in results:
            code = message.split(' ', 1)[0]
            past = PAST_NODE.get(code, 0)
            node_col = col - 1 - past  # pep8-naming's column is 1-based
            printed = code_point_column(lines, row, node_col) + past + 2
            found.append((row, printed, message))
        # flake8 sorts a file's findings by row and column, keeping their order otherwise
        for row, col, message in sorted(found, key=lambda f: (f[0], f[1])):
            out.write('%s:%d:%d: %s\n' % (path, row, col, message))


if __name__ == '__main__':
    main(sys.argv[1:])
