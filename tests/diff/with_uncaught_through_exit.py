"""An exception leaving nested with statements uncaught: each __exit__ sees it, and the
traceback goes through both functions to the line that raised."""


class Closing:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("closing", self.name, exc_type.__name__ if exc_type else None, exc)
        return None


def parse(text):
    with Closing("parser") as p, Closing("buffer"):
        print("parsing", text, p.name)
        return int(text)


def main():
    with Closing("main"):
        print(parse("12"))
        print(parse("twelve"))


main()
