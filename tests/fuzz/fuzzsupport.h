#pragma once

#include <QByteArray>
#include <QGuiApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every libFuzzer target of ArticleLens shares: one QGuiApplication on the offscreen
// platform (the Markdown reader and the PDF code lay out text), Qt's warnings about malformed
// input kept off the fuzzer's output, and a way to fail with a sentence when an invariant breaks.
namespace al::fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

inline void initApplication()
{
    static int argc = 1;
    static char name[] = "articlelens-fuzz";
    static char *argv[] = {name, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietMessages);
    static QGuiApplication app(argc, argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A broken invariant is a finding like a crash: abort so libFuzzer saves the input.
inline void require(bool condition, const QString &what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", qPrintable(what));
        std::abort();
    }
}

} // namespace al::fuzz

#define AL_FUZZ_INIT                                                                                         \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                                     \
    {                                                                                                        \
        al::fuzz::initApplication();                                                                         \
        return 0;                                                                                            \
    }
