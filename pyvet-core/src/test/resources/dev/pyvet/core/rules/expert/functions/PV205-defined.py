class Mailbox:
    def iteritems(self):
        return iter([])


def use(box):
    # the file defines iteritems itself: a method of its own class, not a dict's
    return list(box.iteritems())


def dicts(d):
    return d.has_key("x")
