"""Word frequencies over generated text: str splitting, dict counting, sorting by count."""


def make_text(n):
    words = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "molt", "python",
             "wasm", "compiler", "runtime", "value", "object", "string", "list", "dict"]
    parts = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        parts.append(words[seed % len(words)] + ("s" if seed % 7 == 0 else ""))
    return " ".join(parts)


def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


text = make_text(400000)
total = 0
for round in range(3):
    counts = count_words(text)
    total += len(counts)
ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
for word, count in ranked[:5]:
    print(word, count)
print(total, sum(counts.values()))
