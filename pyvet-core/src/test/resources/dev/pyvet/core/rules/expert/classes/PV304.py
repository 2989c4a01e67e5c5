import abc


class Meta(type):
    pass


class Old(object):
    __metaclass__ = Meta


class Abstract:
    __metaclass__ = abc.ABCMeta


class Plain:
    __metaclass__ = type


# Not reported: the Python 3 form.
class New(metaclass=Meta):
    pass


# Not reported: a module-level name, and an attribute of an instance.
__metaclass__ = type


class Holder:
    def __init__(self):
        self.__metaclass__ = Meta
