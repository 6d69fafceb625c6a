"""An uncaught KeyError with a str key ends with the line KeyError: 'k'."""
def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts

counts = count_words(['a', 'b', 'a', 'c', 'a'])
print(counts)
print(counts['a'], counts.get('k'), 'k' in counts)
try:
    counts['z']
except KeyError as e:
    print('caught:', e, repr(e), e.args)

def report(d, key):
    print('report for', key)
    return d[key] * 10

print(report(counts, 'b'))
print(report(counts, 'k'))
print('not reached')
