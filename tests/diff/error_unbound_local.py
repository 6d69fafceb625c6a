"""Reading a local before assignment raises UnboundLocalError."""
x = 10

def f(flag):
    if flag:
        x = 5
    return x

print(f(1))
print(f(0))
