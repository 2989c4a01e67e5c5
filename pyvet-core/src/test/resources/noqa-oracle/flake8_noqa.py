# flake8 7's noqa decision replayed on CPython 3.13 (its NOQA_INLINE_REGEXP, NOQA_FILE,
# Violation.is_inline_ignored and FileProcessor._noqa_line_mapping). Reads "path:row:col: CODE msg"
# lines on stdin and prints the ones flake8 would keep.
import re, sys, tokenize, linecache
R = re.compile(r"# noqa(?::[\s]?(?P<codes>([A-Z]+[0-9]+(?:[,\s]+)?)+))?", re.I)
F = re.compile(r"\s*# flake8[:=]\s*noqa", re.I)
def split(v): return [x.strip() for x in re.split(r"[,\s]", v) if x.strip()]
def read(fn):
    try:
        with tokenize.open(fn) as fd: lines = fd.readlines()
    except (SyntaxError, UnicodeError):
        with open(fn, encoding='latin-1') as fd: lines = fd.readlines()
    if lines and lines[0][:1] == '\uFEFF': lines[0] = lines[0][1:]
    elif lines and lines[0][:3] == '\xEF\xBB\xBF': lines[0] = lines[0][3:]
    return lines
def mapping(lines):
    try:
        it = iter(lines); toks = list(tokenize.generate_tokens(lambda: next(it)))
    except (tokenize.TokenError, SyntaxError):
        return {}
    ret = {}; mn = len(lines) + 2; mx = -1
    for tp, _, (s, _), (e, _), _ in toks:
        if tp in (tokenize.ENDMARKER, tokenize.DEDENT): continue
        mn = min(mn, s); mx = max(mx, e)
        if tp in (tokenize.NL, tokenize.NEWLINE):
            j = ''.join(lines[mn - 1:mx])
            for r in range(mn, mx + 1): ret[r] = j
            mn = len(lines) + 2; mx = -1
    return ret
cache = {}
for line in sys.stdin:
    m = re.match(r'(.*?):(\d+):(\d+): (\w+) ', line)
    fn, row, code = m[1], int(m[2]), m[4]
    if fn not in cache:
        lines = read(fn); cache[fn] = (lines, mapping(lines), any(F.match(l) for l in lines))
    lines, mp, off = cache[fn]
    if off: continue
    phys = mp.get(row)
    if phys is None: phys = linecache.getline(fn, row)
    nm = R.search(phys)
    if nm is None: print(line, end=''); continue
    if nm['codes'] is None: continue
    codes = set(split(nm['codes']))
    if code in codes or code.startswith(tuple(codes)): continue
    print(line, end='')
