#include "mallochugepages.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>

#include <sys/stat.h>
#include <unistd.h>

namespace al {

namespace {

constexpr const char *kTunable = "glibc.malloc.hugetlb";

} // namespace

std::string MallocHugePages::tunablesFor(long long inputBytes, const std::string &thpMode,
                                         const char *current)
{
    if (inputBytes < kLargeInput || thpMode.find("[madvise]") == std::string::npos)
        return {};
    if (current && std::strstr(current, kTunable))
        return {};
    std::string value = current && *current ? std::string(current) + ':' : std::string();
    return value + kTunable + "=1";
}

long long MallocHugePages::largestInput(const std::vector<std::string> &args)
{
    long long largest = 0;
    for (size_t i = 2; i < args.size(); ++i) {
        struct stat st
        {
        };
        if (!args[i].empty() && args[i][0] != '-' && ::stat(args[i].c_str(), &st) == 0 && S_ISREG(st.st_mode))
            largest = std::max<long long>(largest, st.st_size);
    }
    return largest;
}

void MallocHugePages::restartFor(long long inputBytes, char **argv)
{
    if (inputBytes < kLargeInput)
        return;
    std::ifstream mode("/sys/kernel/mm/transparent_hugepage/enabled");
    const std::string thp((std::istreambuf_iterator<char>(mode)), std::istreambuf_iterator<char>());
    const char *current = std::getenv("GLIBC_TUNABLES");
    const std::string before = current ? current : "";
    const std::string tunables = tunablesFor(inputBytes, thp, current);
    if (tunables.empty() || ::setenv("GLIBC_TUNABLES", tunables.c_str(), 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    // Could not start again: go on as before, with the variable as it was.
    if (before.empty())
        ::unsetenv("GLIBC_TUNABLES");
    else
        ::setenv("GLIBC_TUNABLES", before.c_str(), 1);
}

void MallocHugePages::restartIfLarge(int argc, char **argv)
{
    if (argc >= 3)
        restartFor(largestInput(std::vector<std::string>(argv, argv + argc)), argv);
}

} // namespace al
