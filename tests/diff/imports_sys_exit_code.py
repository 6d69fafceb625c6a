"""sys.exit: SystemExit and its code, caught and uncaught (exit status 3, no traceback)."""
import sys
from sys import exit as leave


def check(status):
    try:
        sys.exit(status)
    except SystemExit as e:
        print(repr(e.code), e.args, type(e).__name__)


for status in [None, 0, 2, "text", (1, 2), [3], True]:
    check(status)
try:
    sys.exit()
except SystemExit as e:
    print("no argument:", e.code, e.args)
try:
    leave(5)
except BaseException as e:
    print("BaseException catches it:", e.code)
try:
    sys.exit(7)
except Exception:
    print("not an Exception")
except SystemExit as e:
    print("only SystemExit:", e.code)


def run():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("finally runs")
    print("never")


run()
print("never either")
