"""int('1__0') with a doubled underscore raises ValueError."""
print(int('1_0'), int('1_0_0'))
print(int('1__0'))
