# oracle-options: --ignore-names=*Handler,test?,[Bb]ad*
# With a wildcard in the list every entry is an fnmatch pattern; the default names are replaced.
def onClickHandler():
    pass


def testA():
    pass


def testAB():  # '?' is one character
    pass


def BadName():
    pass


def badName():
    pass


def CadName():
    pass


def Handler_x():
    pass


class T:
    def setUp(self):  # no longer ignored
        pass

    def tearDown(self):
        pass
