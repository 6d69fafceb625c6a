"""A global first assigned inside a function via `global`, then read elsewhere."""
def set_new(v):
    global created
    created = v

def get():
    return created

set_new('made in function')
print(created)
print(get())
set_new(42)
print(created + 1, get() * 2)
