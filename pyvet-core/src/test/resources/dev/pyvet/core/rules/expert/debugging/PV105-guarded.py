# fixture-path: mypkg/__init__.py
def run():
    print("a module that runs as a script prints")


if __name__ == "__main__":
    run()
