"""Tokenizes files with tokenize.generate_tokens and prints what pyvet's differential test compares.

Usage: python3.13 tokenize_dump.py (--hash | --full | --compile) < list of paths, one per line

Each token is one line: exact type name, start row, start col, end row, end col and the string,
tab-separated; the string is escaped with the 'unicode_escape' codec. Consecutive FSTRING_MIDDLE
(and TSTRING_MIDDLE) tokens are merged into one, because tokenize splits them at doubled braces
and at \\N{...} escapes where pyvet keeps one token spanning the source.

--compile prints path and the error that compile() reports (or None).

--hash prints one line per file: path, TOKENS, the token count and the SHA-256 of the token lines
(each followed by a newline, UTF-8). --full prints "FILE path" and then the token lines. When
tokenize raises, the file's line is path, ERROR, the tokens before the error and their hash, then
the error that compile() reports for the same source: class, message, lineno, offset,
end_lineno, end_offset.
"""
import hashlib
import io
import sys
import tokenize


def escape(s):
    return s.encode('unicode_escape').decode('ascii')


def token_lines(text):
    lines = []
    pending = None
    error = None
    try:
        for t in tokenize.generate_tokens(io.StringIO(text).readline):
            name = tokenize.tok_name[t.exact_type]
            if name in ('FSTRING_MIDDLE', 'TSTRING_MIDDLE'):
                if pending is not None and pending[0] == name:
                    pending = [name, pending[1], t.end, pending[3] + t.string]
                else:
                    flush(lines, pending)
                    pending = [name, t.start, t.end, t.string]
                continue
            flush(lines, pending)
            pending = None
            lines.append('%s\t%d\t%d\t%d\t%d\t%s' % (name, t.start[0], t.start[1], t.end[0], t.end[1], escape(t.string)))
    except (tokenize.TokenError, SyntaxError) as e:
        flush(lines, pending)
        error = e
    else:
        flush(lines, pending)
    return lines, error


def flush(lines, pending):
    if pending is not None:
        name, start, end, string = pending
        lines.append('%s\t%d\t%d\t%d\t%d\t%s' % (name, start[0], start[1], end[0], end[1], escape(string)))


def compile_error(data, path):
    try:
        compile(data, path, 'exec', 0x400, dont_inherit=True)  # ast.PyCF_ONLY_AST
    except SyntaxError as e:
        return '%s\t%s\t%s\t%s\t%s\t%s' % (type(e).__name__, escape(str(e.msg)), e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:
        return '%s\t%s\tNone\tNone\tNone\tNone' % (type(e).__name__, escape(str(e)))
    return 'None\t\tNone\tNone\tNone\tNone'


def main():
    full = '--full' in sys.argv
    out = sys.stdout
    for path in sys.stdin.read().splitlines():
        if not path:
            continue
        with open(path, 'rb') as f:
            data = f.read()
        if '--compile' in sys.argv:
            out.write('%s\t%s\n' % (path, compile_error(data, path)))
            continue
        try:
            encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
            text = data.decode(encoding)
        except (SyntaxError, UnicodeDecodeError, LookupError) as e:
            out.write('%s\tUNDECODABLE\t%s\n' % (path, escape(str(e))))
            continue
        lines, error = token_lines(text)
        if full:
            out.write('FILE %s\n' % path)
            for line in lines:
                out.write(line + '\n')
            if error is not None:
                out.write('ERROR\t%s\n' % compile_error(data, path))
            continue
        digest = hashlib.sha256(''.join(line + '\n' for line in lines).encode('utf-8')).hexdigest()
        if error is None:
            out.write('%s\tTOKENS\t%d\t%s\n' % (path, len(lines), digest))
        else:
            out.write('%s\tERROR\t%d\t%s\t%s\n' % (path, len(lines), digest, compile_error(data, path)))


if __name__ == '__main__':
    sys.stdout.reconfigure(encoding='utf-8', newline='\n')
    main()
