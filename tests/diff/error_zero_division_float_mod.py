"""Float modulo by zero (mixed int % 0.0) raises ZeroDivisionError."""
print(7.5 % 2, -7.5 % 2, 7 % 2.5)
print(5 % 0.0)
