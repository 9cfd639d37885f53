#pragma once

#include <QByteArray>
#include <QString>

namespace al {

// A minimal ZIP archive writer (PKWARE APPNOTE): files stored uncompressed with their CRC-32,
// UTF-8 names, a central directory. Enough for a handful of CSV tables that spreadsheet programs
// and `unzip` open; Qt has no public zip writer.
class ZipWriter
{
public:
    void addFile(const QString &name, const QByteArray &bytes);
    // The whole archive.
    QByteArray finish() const;

    static quint32 crc32(const QByteArray &bytes);

private:
    QByteArray m_local;
    QByteArray m_central;
    int m_count = 0;
};

} // namespace al
