class I:
    pass


def l():
    pass


class Fine:
    def O(self):
        pass


def ok():
    pass


result = some_function(
    1, 2
    )
other = some_function(
    1, 2
)
