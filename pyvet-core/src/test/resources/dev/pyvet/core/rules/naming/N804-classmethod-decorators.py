# oracle-options: --classmethod-decorators=classmethod,declared_attr,both --staticmethod-decorators=staticmethod,both
class A:
    @declared_attr
    def attr(self):
        pass

    @sqlalchemy.orm.declared_attr
    def qualified(self):
        pass

    @declared_attr.cascading
    def cascading(self):  # the decorator's name is its last attribute: cascading
        pass

    @classmethod
    def still(self):
        pass

    @both
    def in_both_lists(self):  # a static method: the staticmethod list is applied last
        pass

    def late(self):
        pass
    late = declared_attr(late)
