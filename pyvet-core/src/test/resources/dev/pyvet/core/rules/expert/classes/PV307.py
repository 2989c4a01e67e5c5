class Rectangle:
    def _width_get(self):
        return self._width

    def _width_set(self, value):
        self._width = value

    width = property(_width_get, _width_set, None, "rectangle width")

    def _area(self):
        return self._width ** 2

    area = property(fget=_area)


# Not reported: the decorator form, a lambda, accessors from elsewhere, a setter-only property,
# public accessors, a shadowed property.
def outside(self):
    return 1


class Modern:
    @property
    def width(self):
        return self._width

    size = property(lambda self: self._size)

    def _set_only(self, value):
        self._value = value

    value = property(fset=_set_only)

    def get_limit(self):
        return self._limit

    limit = property(get_limit)
    other = property(outside)


def shadowed():
    def property(*args):
        return args

    class Local:
        def _get(self):
            return 1

        value = property(_get)

    return Local
