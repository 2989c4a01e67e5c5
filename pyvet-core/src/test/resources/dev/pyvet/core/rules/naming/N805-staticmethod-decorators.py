# oracle-options: --staticmethod-decorators=my_static
# The list replaces the default, so staticmethod itself no longer makes a static method.
class A:
    @my_static
    def s(x):
        pass

    @staticmethod
    def now_a_method(x):
        pass

    @pkg.my_static()
    def called(x):
        pass

    def late(x):
        pass
    late = my_static(late)

    def plain(x):
        pass
