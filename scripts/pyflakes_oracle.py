"""Runs pyflakes on files and folders and prints its findings as flake8 prints them.

    python3.13 scripts/pyflakes_oracle.py [--byte-columns] [--doctests] PATH...

Needs pyflakes importable (PYTHONPATH=path/to/a/pyflakes/checkout). Each finding is printed as
PATH:ROW:COL: CODE MESSAGE with the F code flake8 maps the message class to. pyflakes counts
columns in UTF-8 bytes; they are printed as code points (the column pyvet prints and an editor
shows) unless --byte-columns is given. Folders are walked for .py and .pyi files, sorted, skipping
the folders pyvet's discovery skips. --doctests checks the examples in docstrings too, as
flake8 --doctests does. Files that do not parse are left out (pyvet reports E999
for them, flake8 reports nothing else either). Extra builtins: PYFLAKES_BUILTINS=a,b (pyflakes
reads it itself).
"""
import ast
import re
import sys

from pyflakes import checker

from oracle_support import code_point_column, files

CODES = {
    'UnusedImport': 'F401', 'ImportShadowedByLoopVar': 'F402', 'ImportStarUsed': 'F403',
    'LateFutureImport': 'F404', 'ImportStarUsage': 'F405', 'ImportStarNotPermitted': 'F406',
    'FutureFeatureNotDefined': 'F407', 'PercentFormatInvalidFormat': 'F501',
    'PercentFormatExpectedMapping': 'F502', 'PercentFormatExpectedSequence': 'F503',
    'PercentFormatExtraNamedArguments': 'F504', 'PercentFormatMissingArgument': 'F505',
    'PercentFormatMixedPositionalAndNamed': 'F506', 'PercentFormatPositionalCountMismatch': 'F507',
    'PercentFormatStarRequiresSequence': 'F508', 'PercentFormatUnsupportedFormatCharacter': 'F509',
    'StringDotFormatInvalidFormat': 'F521', 'StringDotFormatExtraNamedArguments': 'F522',
    'StringDotFormatExtraPositionalArguments': 'F523', 'StringDotFormatMissingArgument': 'F524',
    'StringDotFormatMixingAutomatic': 'F525', 'FStringMissingPlaceholders': 'F541',
    'TStringMissingPlaceholders': 'F542', 'MultiValueRepeatedKeyLiteral': 'F601',
    'MultiValueRepeatedKeyVariable': 'F602', 'TooManyExpressionsInStarredAssignment': 'F621',
    'TwoStarredExpressions': 'F622', 'AssertTuple': 'F631', 'IsLiteral': 'F632',
    'InvalidPrintSyntax': 'F633', 'IfTuple': 'F634', 'BreakOutsideLoop': 'F701',
    'ContinueOutsideLoop': 'F702', 'YieldOutsideFunction': 'F704', 'ReturnOutsideFunction': 'F706',
    'DefaultExceptNotLast': 'F707', 'DoctestSyntaxError': 'F721',
    'ForwardAnnotationSyntaxError': 'F722', 'RedefinedWhileUnused': 'F811',
    'UndefinedName': 'F821', 'UndefinedExport': 'F822', 'UndefinedLocal': 'F823',
    'UnusedIndirectAssignment': 'F824', 'DuplicateArgument': 'F831', 'UnusedVariable': 'F841',
    'UnusedAnnotation': 'F842', 'RaiseNotImplemented': 'F901',
}


def main(argv):
    byte_columns = '--byte-columns' in argv
    doctests = '--doctests' in argv
    paths = [a for a in argv if a not in ('--byte-columns', '--doctests')]
    out = sys.stdout
    for path in files(paths):
        try:
            with open(path, 'rb') as f:
                data = f.read()
            tree = ast.parse(data, filename=path)
            text = data.decode('utf-8', errors='replace')  # columns only; undecodable files do not parse
        except (SyntaxError, ValueError, OSError, UnicodeDecodeError, RecursionError, MemoryError):
            continue
        lines = re.split(r'\r\n|\r|\n', text)  # the rows ast counts (not str.splitlines)
        w = checker.Checker(tree, filename=path, withDoctest=doctests)
        for m in sorted(w.messages, key=lambda m: (m.lineno, m.col)):
            col = m.col if byte_columns else code_point_column(lines, m.lineno, m.col)
            code = CODES[type(m).__name__]
            out.write('%s:%d:%d: %s %s\n' % (path, m.lineno, col + 1, code,
                                             m.message % m.message_args))


if __name__ == '__main__':
    main(sys.argv[1:])
