"""Catching by a base class, the first matching clause wins, and bare except."""
def probe(i):
    if i == 0:
        return {}['missing']
    if i == 1:
        return [][0]
    if i == 2:
        return 'abc'[10]
    if i == 3:
        return 5 % 0
    if i == 4:
        return float(10 ** 400)
    if i == 5:
        return int('12x')
    if i == 6:
        return (1, 2) + 3
    if i == 7:
        return undefined_name
    return 'ok'

for i in range(9):
    try:
        print(i, 'value', probe(i))
    except LookupError as e:
        print(i, 'LookupError got', type(e).__name__, e)
    except ArithmeticError as e:
        print(i, 'ArithmeticError got', type(e).__name__, e)
    except Exception as e:
        print(i, 'Exception got', type(e).__name__, e)

for i in range(8):
    try:
        probe(i)
    except Exception as e:
        print(i, 'first clause', type(e).__name__)
    except LookupError:
        print('never: Exception comes first')

for i in range(8):
    try:
        probe(i)
    except KeyError:
        print(i, 'KeyError clause')
    except LookupError:
        print(i, 'LookupError clause')
    except (ZeroDivisionError, ArithmeticError):
        print(i, 'ZeroDivisionError/ArithmeticError clause')
    except:
        print(i, 'bare except')

print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(StopIteration, Exception))
print(issubclass(KeyError, IndexError), issubclass(ValueError, LookupError))
print(issubclass(Exception, BaseException), issubclass(AssertionError, Exception))
print(isinstance(KeyError('a'), LookupError), isinstance(ValueError(), ArithmeticError))
