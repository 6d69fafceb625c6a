"""An exception raised inside an except block is uncaught: both are printed, implicitly chained."""
def read_config(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        print('missing key', key, '- converting default')
        return int(cfg['default'])

cfg = {'port': 80, 'default': 'eighty'}
print(read_config(cfg, 'port'))
try:
    read_config(cfg, 'host')
except ValueError as e:
    print('caught:', e, '| context:', repr(e.__context__))
print(read_config(cfg, 'user'))
print('not reached')
