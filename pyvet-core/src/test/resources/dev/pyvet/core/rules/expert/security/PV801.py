import builtins


def calculate(expression, code, tree):
    a = eval(expression)
    exec(code, {"__builtins__": {}})
    exec(f"x = {expression}")
    b = compile(code, "<string>", "exec")
    c = compile(source=code, filename="<s>", mode="exec")
    # non-hits
    d = eval("1 + 2")
    exec("import os")
    e = compile(code, "<string>", "eval")
    f = compile("x = 1", "<string>", "exec")
    g = compile(tree, "<ast>", mode=tree_mode)
    h = eval()
    return a, b, c, d, e, f, g, h


def shadowed(eval, exec):
    eval(source)
    exec(source)


class Engine:
    def eval(self, text):
        return self.exec(text)


Engine().eval(data)
