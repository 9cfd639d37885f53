#pragma once

#include <cstddef>
#include <vector>

namespace al {

// Asks the kernel to back a large, not yet touched buffer with huge pages (2 MB) where it
// allows that only on request (Linux with transparent huge pages in "madvise" mode). A document's
// per-token tables (a million words: hundreds of MB) otherwise take a page fault every 4 KB on
// first touch, and on a virtual machine those faults cost more than the tagging that fills the
// pages. Only advice: a buffer keeps its contents, and where the kernel does not follow it (or
// elsewhere than Linux) nothing changes. Small buffers are left alone.
class HugePages
{
public:
    // Advises the whole 2 MB pages inside [data, data + bytes).
    static void advise(const void *data, std::size_t bytes);

    // Gives `v` room for `count` elements and advises that room before anything is written to it.
    template <typename T> static void reserve(std::vector<T> &v, std::size_t count)
    {
        if (v.capacity() >= count)
            return;
        v.reserve(count);
        advise(v.data(), v.capacity() * sizeof(T));
    }
};

} // namespace al
