#include "hugepages.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>

#include <sys/stat.h>
#include <unistd.h>

namespace al {

namespace {

constexpr const char *kTunable = "glibc.malloc.hugetlb";

bool isLargeFile(const std::string &path)
{
    struct stat st
    {
    };
    return !path.empty() && path[0] != '-' && ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
           st.st_size >= HugePages::kLargeInput;
}

} // namespace

std::string HugePages::tunablesFor(const std::vector<std::string> &args, const std::string &thpMode,
                                   const char *current)
{
    if (thpMode.find("[madvise]") == std::string::npos)
        return {};
    if (current && std::strstr(current, kTunable))
        return {};
    bool large = false;
    for (size_t i = 2; i < args.size() && !large; ++i)
        large = isLargeFile(args[i]);
    if (!large)
        return {};
    std::string value = current && *current ? std::string(current) + ':' : std::string();
    return value + kTunable + "=1";
}

void HugePages::restartIfLarge(int argc, char **argv)
{
    if (argc < 3)
        return;
    std::ifstream mode("/sys/kernel/mm/transparent_hugepage/enabled");
    const std::string thp((std::istreambuf_iterator<char>(mode)), std::istreambuf_iterator<char>());
    const char *current = std::getenv("GLIBC_TUNABLES");
    const std::string before = current ? current : "";
    const std::string tunables = tunablesFor(std::vector<std::string>(argv, argv + argc), thp, current);
    if (tunables.empty() || ::setenv("GLIBC_TUNABLES", tunables.c_str(), 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    // Could not start again: go on as before, with the variable as it was.
    if (before.empty())
        ::unsetenv("GLIBC_TUNABLES");
    else
        ::setenv("GLIBC_TUNABLES", before.c_str(), 1);
}

} // namespace al
