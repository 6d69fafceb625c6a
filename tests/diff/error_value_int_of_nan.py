"""int(float('nan')) raises ValueError: cannot convert float NaN to integer."""
n = float('inf') - float('inf')
print(n, n == n, int(2.5))
print(int(n))
