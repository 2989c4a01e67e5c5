import abc


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return (self.x, self.y)  # hit

    def __str__(self):
        print(self.x, self.y)  # hit: falls off the end


class Flags:
    def __repr__(self):
        if self.x:
            return  # hit
        return f"Flags({self.x!r})"

    def __str__(self):
        return 42  # hit


class Good:
    def __repr__(self):
        parts = [repr(p) for p in self.parts]
        return "Good(" + ", ".join(parts) + ")"

    def __str__(self):
        return self.name


class Abstract(abc.ABC):
    @abc.abstractmethod
    def __repr__(self):
        pass

    def __str__(self):
        """Subclasses say."""


class Failing:
    def __repr__(self):
        1 / 0

    def __str__(self):
        raise ValueError("no text")


def __repr__(self):
    return None  # not in a class


class Nested:
    def __repr__(self):
        def helper():
            return 1
        return str(helper())
