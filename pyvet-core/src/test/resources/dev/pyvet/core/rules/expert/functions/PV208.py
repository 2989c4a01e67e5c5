def find(items, wanted):
    for item in items:
        if item == wanted:
            print("found")
    else:
        print("not found")


def wait(queue):
    while queue:
        queue.pop()
    else:
        return None


def inner_break_only(rows):
    for row in rows:
        for cell in row:
            if cell:
                break
    else:
        return "done"


# non-hits
def search(items, wanted):
    for item in items:
        if item == wanted:
            break
    else:
        return None
    return wanted


def nested_break(items):
    for item in items:
        try:
            with open(item):
                if item:
                    break
        except OSError:
            break
    else:
        return 1


def break_in_inner_else(rows):
    for row in rows:
        for cell in row:
            pass
        else:
            break
    else:
        return 2


def no_else(items):
    for item in items:
        pass
