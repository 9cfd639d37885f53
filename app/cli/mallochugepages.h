#pragma once

#include <string>
#include <vector>

namespace al {

// A long article makes the analysis touch hundreds of megabytes once each, and on a kernel that
// gives transparent huge pages only where asked (the "madvise" mode, Debian's default) every
// 4 KiB of it is a page fault: a sixth of the CPU of analysing 100,000 words. glibc's malloc asks
// for huge pages when the GLIBC_TUNABLES variable says so (glibc.malloc.hugetlb=1), which it reads
// only when a program starts; so for an input of 256 KiB or more, the command line starts itself
// again once with it set. Short inputs, the common case, pay nothing.
class MallocHugePages
{
public:
    static constexpr long long kLargeInput = 256 * 1024;

    // The GLIBC_TUNABLES value to start again with, or empty when the run should go on as it is:
    // the input is shorter than kLargeInput, the kernel's mode is not "madvise" (`thpMode`, as
    // /sys/kernel/mm/transparent_hugepage/enabled reads), or the variable (`current`, may be
    // null) already sets the tunable.
    static std::string tunablesFor(long long inputBytes, const std::string &thpMode, const char *current);
    // The size of the largest regular file among the arguments after the command (args[2...]).
    static long long largestInput(const std::vector<std::string> &args);

    // Starts this program again, with the same arguments, with the tunable when tunablesFor()
    // says so; returns when it does not, or when starting again fails (the run then goes on
    // without huge pages).
    static void restartFor(long long inputBytes, char **argv);
    // restartFor() the largest input file among the command's arguments.
    static void restartIfLarge(int argc, char **argv);
};

} // namespace al
