"""format(1.5, 'x') raises ValueError: Unknown format code 'x' for object of type 'float'."""
print(format(1.5, 'e'), format(255, 'x'), f'{2.5:g}')
print(f'{1.5:x}')
