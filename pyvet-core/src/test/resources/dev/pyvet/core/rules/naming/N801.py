# N801: class names in CapWords
class notok:
    pass


class _notok:  # underscores are stripped before the test, and in the message
    pass


class Bad_Name:
    pass


class  twoSpaces:  # pep8-naming's column is the class keyword's plus 6, whatever follows
    pass


class ___:
    pass


class éa:
    pass


def factory():
    class inner_bad:
        pass
    return inner_bad


class Outer:
    class nested_bad:
        pass


if True:
    class conditional_bad:
        pass


# non-hits
class Good:
    pass


class _Private:
    pass


class __Dunder__:
    pass


class École:
    pass


class HTTP2Server:
    pass


class setUp:  # one of the default ignore-names
    pass
