"""What the oracle scripts (pyflakes_oracle.py, pep8_naming_oracle.py) share: the files they
walk, as pyvet's discovery walks them, and columns turned from UTF-8 bytes into code points."""
import os

# the folders pyvet's discovery skips
SKIP = {'.git', '.hg', '.svn', '.venv', 'venv', '__pycache__', '.tox', '.nox', '.eggs', 'build',
        'dist', 'node_modules'}


def files(paths):
    """Each path that is a file, and the .py and .pyi files below each folder, sorted."""
    for p in paths:
        if os.path.isdir(p):
            for d, dirs, names in os.walk(p):
                dirs[:] = sorted(x for x in dirs if x not in SKIP)
                for n in sorted(names):
                    if n.endswith(('.py', '.pyi')):
                        yield os.path.join(d, n)
        else:
            yield p


def code_point_column(lines, row, col):
    """The code-point column of UTF-8 byte column col on 1-based row of lines."""
    if 0 < row <= len(lines):
        return len(lines[row - 1].encode('utf-8')[:col].decode('utf-8', errors='ignore'))
    return col
