"""Module globals read in functions and written with the global statement."""
counter = 0
name = 'init'
scale = 2.5

def bump(n):
    global counter
    counter += n
    return counter

def rename(s):
    global name
    name = name + '>' + s

def read_only():
    return counter * scale

def shadow():
    scale = 100
    return scale

print(bump(1), bump(2), bump(-10))
print(counter)
rename('a')
rename('b')
print(name)
print(read_only())
print(shadow(), scale)
counter = 50
print(read_only(), bump(1))
for i in range(5):
    bump(i)
print('final', counter)
