class Base:
    def greet(self):
        return "base"


class Child(Base):
    def greet(self):
        return super(Child, self).greet()

    @classmethod
    def make(cls):
        return super(Child, cls).make()

    async def run(self):
        await super(Child, self).run()


# Not reported: the zero-argument form.
class Modern(Base):
    def greet(self):
        return super().greet()


# Not reported: skipping a class in the MRO on purpose.
class Skipper(Child):
    def greet(self):
        return super(Child, self).greet()


# Not reported: the second argument is not the first parameter.
class Other(Base):
    def greet(self, other):
        return super(Other, other).greet()


# Not reported: inside a nested function or a lambda, where super() has no first parameter.
class Inner(Base):
    def greet(self):
        def helper():
            return super(Inner, self).greet()
        f = lambda: super(Inner, self).greet()
        return helper() + f()


# Not reported: dataclass(slots=True) creates a new class, which super() would not find.
import dataclasses


@dataclasses.dataclass(slots=True)
class Slotted(Base):
    def greet(self):
        return super(Slotted, self).greet()


# Not reported: a shadowed super.
def shadowed():
    def super(a, b):
        return a

    class Local(Base):
        def greet(self):
            return super(Local, self)

    return Local
