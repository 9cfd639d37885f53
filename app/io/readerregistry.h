#pragma once

#include "articlereader.h"

#include <memory>
#include <vector>

namespace al {

// The one place readers are registered (readerregistry.cpp); adding a format is one new
// reader class plus one line there. Chooses by suffix and content sniffing: the reader with the
// highest confidence wins.
class ReaderRegistry
{
public:
    static const ReaderRegistry &instance();
    const ArticleReader *choose(const QString &suffix, const QByteArray &head) const;
    QStringList formats() const;

private:
    ReaderRegistry();
    std::vector<std::unique_ptr<ArticleReader>> m_readers;
};

} // namespace al
