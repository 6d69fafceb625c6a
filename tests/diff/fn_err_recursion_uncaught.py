"""Uncaught infinite recursion: exit 1 with RecursionError as last stderr line."""
def down(n):
    return down(n + 1) + 1

print('start')
down(0)
print('unreachable')
