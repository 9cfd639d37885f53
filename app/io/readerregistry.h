#pragma once

#include "articlereader.h"

#include <memory>
#include <vector>

namespace al {

// The readers a program knows, and the choice among them by suffix and content sniffing: the
// reader with the highest confidence wins (the first registered on a tie). instance() has every
// format; it is registered in one place, allreaders.cpp, which is part of articlecore because
// Markdown needs Qt Gui and PDF poppler. coreOnly() has the readers that need Qt Core alone (text
// and HTML): the light command line reads with it the files coreOnlyReads() says it reads exactly
// as instance() would, and hands every other file to the full program.
class ReaderRegistry
{
public:
    explicit ReaderRegistry(std::vector<std::unique_ptr<ArticleReader>> readers);

    static const ReaderRegistry &instance();
    static const ReaderRegistry &coreOnly();
    // The readers of coreOnly(), in the order every registry lists them first.
    static std::vector<std::unique_ptr<ArticleReader>> coreOnlyReaders();
    // True when instance() would choose the same reader as coreOnly() for this file: a .txt,
    // .text, .html or .htm file that is not a PDF in disguise (Markdown and PDF claim none of
    // those). `head` is at least the first KiB of the file.
    static bool coreOnlyReads(const QString &suffix, const QByteArray &head);

    const ArticleReader *choose(const QString &suffix, const QByteArray &head) const;
    QStringList formats() const;

private:
    std::vector<std::unique_ptr<ArticleReader>> m_readers;
};

} // namespace al
