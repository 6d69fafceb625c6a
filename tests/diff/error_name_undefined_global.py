"""Reading an undefined global inside a function raises NameError."""
def uses_zzz(flag):
    if flag:
        return zzz
    return 'fine'

print(uses_zzz(0))
print(uses_zzz(1))
