"""The allocator: free lists by size class, over a heap that grows with memory.grow.

Every block starts with an 8-byte header, then the payload that `alloc` returns:

    +0  i32  size class of the block
    +4  i32  next free block of the class, while the block is free

Classes 1..16 hold blocks of 16..256 bytes in steps of 16; class c > 16 holds blocks of
2**(c - 8) bytes (512, 1024, ...). A freed block goes on its class's list and is reused by
the next allocation of the class. `alloc` returns 0 when memory is exhausted; callers
raise MemoryError.
"""

BLOCK_HEADER = 8
SMALL_CLASSES = 16
CLASS_COUNT = 48
MAX_ALLOC = 1 << 30
PAGE_SHIFT = 16
MAX_PAGES = 65535  # keeps every address below 2**32 - 65536

FREE_LISTS = data_zero(CLASS_COUNT * 4)
HEAP_TOP: i32 = 0
HEAP_END: i64 = 0


def heap_init() -> None:
    HEAP_TOP = heap_base()
    HEAP_END = u64(memory_size()) << PAGE_SHIFT


def size_class(size: i32) -> i32:
    if size <= 256:
        return (size + 15) >> 4
    return 40 - clz(size - 1)


def class_size(c: i32) -> i32:
    if c <= SMALL_CLASSES:
        return c << 4
    return 1 << (c - 8)


def alloc(n: i32) -> i32:
    """n bytes, 8-aligned and uninitialized, or 0 when memory is exhausted."""
    if lt_u(MAX_ALLOC, n):
        return 0
    c: i32 = size_class(n + BLOCK_HEADER)
    slot: i32 = FREE_LISTS + (c << 2)
    block: i32 = load_i32(slot)
    if block != 0:
        store_i32(slot, load_i32(block, 4))
        return block + BLOCK_HEADER
    size: i32 = class_size(c)
    block = HEAP_TOP
    end: i64 = u64(block) + u64(size)
    if end > HEAP_END:
        if grow_heap(end) == 0:
            return 0
    HEAP_TOP = i32(end)
    store_i32(block, c)
    return block + BLOCK_HEADER


def grow_heap(end: i64) -> i32:
    """Grow memory so that the heap reaches `end`; 0 when it cannot."""
    pages: i64 = (end - HEAP_END + 65535) >> PAGE_SHIFT
    if (HEAP_END >> PAGE_SHIFT) + pages > MAX_PAGES:
        return 0
    if memory_grow(i32(pages)) == -1:
        return 0
    HEAP_END = HEAP_END + (pages << PAGE_SHIFT)
    return 1


def free(p: i32) -> None:
    block: i32 = p - BLOCK_HEADER
    slot: i32 = FREE_LISTS + (load_i32(block) << 2)
    store_i32(block, load_i32(slot), 4)
    store_i32(slot, block)
