"""sys.exit("message"): the message goes to stderr, the exit status is 1, no traceback."""
import sys


def fail(reason):
    print("failing:", reason)
    sys.exit("error: " + reason)


for n in range(3):
    print(n)
fail("bad input")
