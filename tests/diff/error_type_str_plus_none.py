"""'x' + None raises TypeError: can only concatenate str (not "NoneType") to str."""
def f():
    pass

print('x' + str(f()))
print('x' + f())
