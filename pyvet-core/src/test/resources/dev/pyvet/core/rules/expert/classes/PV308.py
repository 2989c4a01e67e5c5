class Tools:
    def helper():
        return 1

    helper = staticmethod(helper)

    def make(cls):
        return cls()

    make = classmethod(make)


# Not reported: decorators, wrapping a function of another name, a shadowed staticmethod.
def outside():
    return 2


class Modern:
    @staticmethod
    def helper():
        return 1

    other = staticmethod(outside)


def shadowed():
    def staticmethod(f):
        return f

    class Local:
        def helper():
            return 1

        helper = staticmethod(helper)

    return Local
