#include "zipwriter.h"

#include <QtEndian>

#include <array>

namespace al {

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// 1 January 2024, 00:00 in MS-DOS form: a fixed time keeps exports of the same reading identical.
constexpr quint16 kDosTime = 0;
constexpr quint16 kDosDate = ((2024 - 1980) << 9) | (1 << 5) | 1;
constexpr quint16 kUtf8Names = 1 << 11;

} // namespace

quint32 ZipWriter::crc32(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : bytes)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void ZipWriter::addFile(const QString &name, const QByteArray &bytes)
{
    const QByteArray n = name.toUtf8();
    const quint32 crc = crc32(bytes);
    const quint32 offset = quint32(m_local.size());
    put32(m_local, 0x04034b50);
    put16(m_local, 20); // version needed: 2.0
    put16(m_local, kUtf8Names);
    put16(m_local, 0); // stored
    put16(m_local, kDosTime);
    put16(m_local, kDosDate);
    put32(m_local, crc);
    put32(m_local, quint32(bytes.size()));
    put32(m_local, quint32(bytes.size()));
    put16(m_local, quint16(n.size()));
    put16(m_local, 0);
    m_local.append(n);
    m_local.append(bytes);

    put32(m_central, 0x02014b50);
    put16(m_central, 20); // made by
    put16(m_central, 20);
    put16(m_central, kUtf8Names);
    put16(m_central, 0);
    put16(m_central, kDosTime);
    put16(m_central, kDosDate);
    put32(m_central, crc);
    put32(m_central, quint32(bytes.size()));
    put32(m_central, quint32(bytes.size()));
    put16(m_central, quint16(n.size()));
    put16(m_central, 0); // extra
    put16(m_central, 0); // comment
    put16(m_central, 0); // disk
    put16(m_central, 0); // internal attributes
    put32(m_central, 0); // external attributes
    put32(m_central, offset);
    m_central.append(n);
    ++m_count;
}

QByteArray ZipWriter::finish() const
{
    QByteArray out = m_local;
    out.append(m_central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_count));
    put16(out, quint16(m_count));
    put32(out, quint32(m_central.size()));
    put32(out, quint32(m_local.size()));
    put16(out, 0);
    return out;
}

} // namespace al
