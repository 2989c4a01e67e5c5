# oracle-options: --ignore-names=Exact,Tab*le
# Entries are matched as fnmatch patterns once one has a wildcard, case-sensitively.
def f():
    Exact = 1
    Exactly = 2
    exact_Upper = 3
    TabXle = 4
    Table = 5
    TABLE = 6
    setUp = 7
