#!/usr/bin/env python3
"""long-code: lists the functions, classes and files of C++ sources that outgrow the house's
limits (design.md, issue 17): a function over 120 lines, a class over 500, a file over 1,000.

    tools/long-code.py [--function N] [--class N] [--file N] [--top K] [PATH ...]

PATHs are files or folders (default: app ui). A function is counted from the line of its name
to its closing brace. A class counts the lines of its definition plus those of its member
functions defined outside it (`Class::name(...) {`), wherever they are, so a class whose body
lives in a .cpp is measured whole. --top K also lists the K largest of each kind. Exit code 1
when anything is over a limit, so a check can run it.

The parser is a careful brace counter, not a compiler: comments, string and character literals
(raw strings too) and preprocessor lines are blanked first; a brace opens a namespace, a class,
a function (at namespace or class scope, after a parameter list) or some other block (an
initializer, a lambda at namespace scope, a block inside a function, which belong to what
holds them).
"""
import argparse
import os
import re
import sys

SUFFIXES = ('.h', '.hpp', '.cpp', '.cc', '.cxx')


def blank(text):
    """The text with comments, literals and preprocessor lines replaced by spaces (newlines
    kept, so line numbers stay)."""
    out = []
    i, n = 0, len(text)
    line_start = True
    while i < n:
        c = text[i]
        if line_start and c in ' \t':
            out.append(c)
            i += 1
            continue
        if line_start and c == '#':
            # A preprocessor line, with its continuations.
            while i < n and text[i] != '\n':
                if text[i] == '\\' and i + 1 < n and text[i + 1] == '\n':
                    out.append(' \n')
                    i += 2
                    continue
                out.append(' ')
                i += 1
            continue
        line_start = False
        if text.startswith('//', i):
            while i < n and text[i] != '\n':
                out.append(' ')
                i += 1
            continue
        if text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
            continue
        m = re.match(r'(?:u8|u|U|L)?R"([^(\s]*)\(', text[i:i + 40])
        if m and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_')):
            end = text.find(')' + m.group(1) + '"', i + m.end())
            end = n if end < 0 else end + len(m.group(1)) + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:end]))
            i = end
            continue
        if c in '"\'':
            # A digit separator (1'000) is no character literal.
            if c == "'" and i > 0 and text[i - 1].isalnum() and i + 1 < n and text[i + 1].isalnum() \
                    and not re.match(r"[uUL]?$|u8$", text[max(0, i - 2):i]):
                out.append(' ')
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            j = min(j + 1, n)
            out.append(c + re.sub(r'[^\n]', ' ', text[i + 1:j - 1]) + (c if j - 1 > i else ''))
            i = j
            continue
        if c == '\n':
            line_start = True
        out.append(c)
        i += 1
    return ''.join(out)


def line_of(text, pos, cache={}):
    return text.count('\n', 0, pos) + 1


CLASS_RE = re.compile(r'(?:^|[\s;}])(?:template\s*<.*>\s*)?(class|struct|union)\s+'
                      r'(?:\w+\s*\(.*?\)\s*|alignas\s*\(.*?\)\s*|\[\[.*?\]\]\s*)*'
                      r'([A-Za-z_]\w*)(?:\s+final)?\s*(?::[^{]*)?$', re.S)
ENUM_RE = re.compile(r'(?:^|\s)enum\b')
NAMESPACE_RE = re.compile(r'(?:^|\s)(?:inline\s+)?namespace\b|extern\s+"\s*"\s*$|extern\s+"C"\s*$')


def function_name(seg):
    """The (qualified) name of the function whose definition `seg` heads, or None."""
    s = re.sub(r'operator\s*(\(\)|[^\w\s(]+|\w[\w:<> ]*?(?=\())', 'operator@', seg)
    depth = 0
    first_open = -1
    for k, ch in enumerate(s):
        if ch == '(':
            if depth == 0 and first_open < 0:
                first_open = k
            depth += 1
        elif ch == ')':
            depth -= 1
        elif ch == '=' and depth == 0 and first_open < 0:
            return None  # an initializer: `T x = ...{`
    if first_open < 0:
        return None
    head = s[:first_open].rstrip()
    m = re.search(r'((?:[A-Za-z_~]\w*\s*(?:<[^()]*?>)?\s*::\s*)*~?[A-Za-z_@][\w@]*)$', head)
    if not m:
        return None  # a lambda's `](...)`, a cast, ...
    name = re.sub(r'\s+', '', m.group(1)).replace('operator@', 'operator')
    if name in ('if', 'for', 'while', 'switch', 'catch', 'return', 'sizeof', 'decltype',
                'Q_DECLARE_FLAGS', 'Q_PROPERTY'):
        return None
    tail = s[first_open:]
    # After the parameter list: qualifiers, a trailing return type or a constructor's
    # initializers; an `=` there (`= [](...) {`) makes it an initializer.
    close = 0
    depth = 0
    for k, ch in enumerate(tail):
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
            if depth == 0:
                close = k
                break
    rest = tail[close + 1:]
    if re.match(r'\s*(const|noexcept|override|final|mutable|volatile|&|&&|->|:|requires|\s)*', rest) is None:
        return None
    if re.search(r'=\s*(\[|\{)', rest) or re.match(r'\s*=', rest):
        return None
    return name


def scan(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        raw = f.read()
    text = blank(raw)
    functions, classes = [], []
    # The stack holds (kind, name, start line, segment start of the enclosing level).
    stack = [('namespace', '', 1)]
    seg_start = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == ';':
            if stack[-1][0] in ('namespace', 'class'):
                seg_start = i + 1
        elif c == '{':
            outer = stack[-1][0]
            seg = text[seg_start:i]
            flat = ' '.join(seg.split())
            flat = re.sub(r'^(?:(?:public|private|protected|signals|public slots|private slots|'
                          r'protected slots|Q_SLOTS|Q_SIGNALS)\s*:\s*)+', '', flat)
            flat = re.sub(r'^(?:Q_OBJECT|Q_GADGET)\s*', '', flat)
            kind, name = 'block', ''
            if outer in ('namespace', 'class'):
                prev = seg.rstrip()[-1:] if seg.strip() else ''
                m = CLASS_RE.search(flat)
                if NAMESPACE_RE.search(flat):
                    kind = 'namespace'
                elif ENUM_RE.search(flat) and '(' not in flat:
                    kind = 'enum'
                elif m and '(' not in flat.split(m.group(2))[-1] and '=' not in flat:
                    kind, name = 'class', m.group(2)
                elif prev and (prev[-1].isalnum() or prev[-1] in '_,>') and ')' not in flat[-1:] \
                        and re.search(r'\)\s*:', flat) and not re.search(r'\)\s*(const|noexcept|override)?\s*$', flat):
                    # A braced member initializer of a constructor: `: m_x{1}, m_y{2} {`.
                    kind = 'init'
                else:
                    fn = function_name(flat)
                    if fn:
                        kind, name = 'function', fn
                        if outer == 'class' and '::' not in fn:
                            name = stack[-1][1] + '::' + fn
            if kind in ('function', 'class'):
                # Start at the line of the name (templates and return types above it aside).
                seg_text = text[seg_start:i]
                key = name.split('::')[-1]
                k = seg_text.rfind(key + '(') if kind == 'function' else seg_text.rfind(key)
                if k < 0:
                    k = len(seg_text) - len(seg_text.lstrip())
                start = line_of(text, seg_start + k)
            else:
                start = line_of(text, i)
            enclosing = stack[-1][1] if stack[-1][0] == 'class' else ''
            stack.append((kind, name, start, seg_start, enclosing))
            if kind != 'init':
                seg_start = i + 1
        elif c == '}':
            if len(stack) > 1:
                kind, name, start, outer_seg, enclosing = stack.pop()
                end = line_of(text, i)
                if kind == 'function':
                    functions.append((end - start + 1, path, start, name))
                elif kind == 'class':
                    full = enclosing + '::' + name if enclosing else name
                    classes.append((end - start + 1, path, start, full))
                if kind == 'init':
                    pass  # the constructor's signature is still being read
                elif stack[-1][0] in ('namespace', 'class'):
                    seg_start = i + 1
        i += 1
    return raw.count('\n'), functions, classes


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('paths', nargs='*', default=['app', 'ui'])
    ap.add_argument('--function', type=int, default=120)
    ap.add_argument('--class', dest='klass', type=int, default=500)
    ap.add_argument('--file', type=int, default=1000)
    ap.add_argument('--top', type=int, default=0)
    args = ap.parse_args()
    files = []
    for p in args.paths:
        if os.path.isdir(p):
            for d, _, names in os.walk(p):
                files += [os.path.join(d, x) for x in sorted(names) if x.endswith(SUFFIXES)]
        else:
            files.append(p)
    functions, classes, sizes = [], [], []
    for f in sorted(files):
        lines, fns, cls = scan(f)
        sizes.append((lines, f))
        functions += fns
        classes += cls
    # A class's size: its definition plus its member functions defined outside it.
    by_class = {}
    for lines, path, start, name in classes:
        short = name.split('::')[-1]
        by_class.setdefault(name, [0, path, start, 0])
        by_class[name][0] += lines
    for lines, path, start, name in functions:
        if '::' not in name:
            continue
        owner = name.rsplit('::', 1)[0]
        for cname in (owner, owner.split('::')[-1]):
            matches = [k for k in by_class if k == cname or k.endswith('::' + cname)]
            if matches:
                # Members defined inside the class are already in its definition's lines.
                key = matches[0]
                p, s = by_class[key][1], by_class[key][2]
                inside = any(path == p and s <= start <= s + by_class[key][0] for _ in [0]) \
                    and path == p and start >= s and start <= s + by_class[key][0]
                if not inside:
                    by_class[key][0] += lines
                    by_class[key][3] += 1
                break
    class_sizes = sorted(((v[0], v[1], v[2], k, v[3]) for k, v in by_class.items()), reverse=True)
    functions.sort(reverse=True)
    sizes.sort(reverse=True)
    over = 0
    print(f'functions over {args.function} lines:')
    for lines, path, start, name in functions:
        if lines > args.function:
            print(f'  {lines:5d}  {path}:{start}  {name}')
            over += 1
    print(f'classes over {args.klass} lines (definition + members defined outside it):')
    for lines, path, start, name, members in class_sizes:
        if lines > args.klass:
            print(f'  {lines:5d}  {path}:{start}  {name}')
            over += 1
    print(f'files over {args.file} lines:')
    for lines, path in sizes:
        if lines > args.file:
            print(f'  {lines:5d}  {path}')
            over += 1
    if args.top:
        print(f'largest {args.top} functions:')
        for lines, path, start, name in functions[:args.top]:
            print(f'  {lines:5d}  {path}:{start}  {name}')
        print(f'largest {args.top} classes:')
        for lines, path, start, name, members in class_sizes[:args.top]:
            print(f'  {lines:5d}  {path}:{start}  {name}' + (f' (+{members} members outside)' if members else ''))
        print(f'largest {args.top} files:')
        for lines, path in sizes[:args.top]:
            print(f'  {lines:5d}  {path}')
    print(f'long-code: {len(files)} files, {len(functions)} functions, {len(class_sizes)} classes; '
          f'{over} over the limits')
    return 1 if over else 0


if __name__ == '__main__':
    sys.exit(main())
