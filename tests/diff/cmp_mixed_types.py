"""Comparisons across int, float, bool, None and str values."""
print(1 == 1.0, 1.0 == 1, True == 1, False == 0, True == 1.0, 2 == True)
print(None == 0, None == None, None != 0, None == False, 0 == None, None == '')
print('a' == 1, 1 == 'a', 'a' != 1, '1' == 1, '' == 0, '' == None)
print(1 < 1.5, 2.5 > 2, -1 < -0.5, 0 == -0.0, 0.0 == -0.0, -0.0 < 0.0)
print(True < 2, False < True, True > 0.5, True >= 1, False <= 0.0)
print(3 <= 3, 3 >= 3.0, 3 < 3, 3 > 3.0, 3 != 3.0, 4 != 3)
print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'B' < 'a', 'Z' > 'a')
print('abc' == 'abc', 'abc' != 'abd', 'abc' <= 'abc', 'b' >= 'abc', 'é' > 'z', '日' > 'é')
zero = 0
sx = 'x'
none = None
print(None is None, none is not None, zero is not None, sx is None, none is None)
nan = float('nan')
inf = float('inf')
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= 0)
print(inf == inf, inf > 1e308, -inf < -1e308, inf == float('infinity'), inf > 140737488355327)
print(140737488355327 == 140737488355327.0, 140737488355327 < 140737488355328.0)
print(9007199254740 == 9007199254740.0, 0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
x = 5
print(x == 5, x != 5, not x == 5, not x != 5)
