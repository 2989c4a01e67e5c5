class Old(object):
    pass


class Mixed(dict, object):
    pass


# Not reported: no base, another base, an attribute named object.
class New:
    pass


class Sub(Old):
    pass


import builtins


class Spelled(builtins.object):
    pass


# Not reported: a shadowed object.
def factory(object):
    class Local(object):
        pass
    return Local
