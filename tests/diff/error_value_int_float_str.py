"""int('1.5') raises ValueError (floats in str are not accepted by int)."""
print(int(1.5), float('1.5'), int(float('1.5')))
print(int('1.5'))
