#include "gazetteer.h"

#include "featurehash.h"
#include "resources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace al {

namespace {

quint64 seqStart()
{
    return 0x7a3c5e1f00000000ULL;
}

} // namespace

const Gazetteer &Gazetteer::shared()
{
    static const Gazetteer g = [] {
        Gazetteer g;
        const QString dir = Resources::path(QStringLiteral("gazetteers"));
        if (!dir.isEmpty()) {
            auto r = g.loadDirectory(dir);
            if (!r)
                qWarning("%s", qPrintable(r.error()));
        } else {
            qWarning("gazetteers not found under resources/");
        }
        return g;
    }();
    return g;
}

Result<bool> Gazetteer::loadDirectory(const QString &directory)
{
    QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Result<bool>::failure(QStringLiteral("no gazetteer lists in %1").arg(directory));
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return Result<bool>::failure(QStringLiteral("cannot read %1").arg(f.fileName()));
        QStringList entries;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QByteArray t = line.trimmed();
            if (t.isEmpty() || t.startsWith('#'))
                continue;
            entries << QString::fromUtf8(t);
        }
        if (m_lists.size() >= kMaxLists)
            return Result<bool>::failure(QStringLiteral("too many gazetteer lists in %1").arg(directory));
        addList(QFileInfo(name).completeBaseName(), entries);
    }
    return true;
}

namespace {

// fhash::string of the token's normalised lower case, without building strings for the usual
// ASCII token: loading the lists is on the start-up path.
quint64 lowerHash(QStringView token)
{
    bool ascii = true;
    for (QChar c : token)
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    if (!ascii)
        return fhash::string(WordFeatures::normalize(token).toLower());
    quint64 h = 0xcbf29ce484222325ULL;
    for (QChar c : token) {
        char16_t u = c.unicode();
        if (u >= 'A' && u <= 'Z')
            u += 'a' - 'A';
        h ^= u;
        h *= 0x100000001b3ULL;
    }
    return fhash::mix(h ^ quint64(token.size()));
}

} // namespace

int Gazetteer::addList(const QString &name, const QStringList &entries)
{
    const int list = int(m_lists.size());
    m_lists << name;
    m_table.reserve(m_table.size() + entries.size() * 2);
    quint64 hashes[kMaxEntryTokens];
    for (const QString &entry : entries) {
        int n = 0;
        bool tooLong = false;
        for (QStringView token : QStringView(entry).tokenize(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (n == kMaxEntryTokens) {
                tooLong = true;
                break;
            }
            hashes[n++] = lowerHash(token);
        }
        if (n == 0 || tooLong)
            continue;
        quint64 h = seqStart();
        for (int k = 0; k < n; ++k) {
            h = fhash::combine(h, hashes[k]);
            quint32 &v = m_table[h];
            if (k + 1 < n)
                v |= kPrefixBit;
            else
                v |= 1u << list;
        }
        ++m_entries;
    }
    return list;
}

void Gazetteer::match(const WordFeatures *words, int count, quint64 *out) const
{
    std::fill(out, out + count, 0);
    if (m_table.isEmpty())
        return;
    const int lists = int(m_lists.size());
    // For each list, the end (exclusive) of the longest match starting at each token.
    std::vector<quint8> longest(size_t(count) * lists, 0);
    for (int i = 0; i < count; ++i) {
        quint64 h = seqStart();
        for (int j = i; j < count && j - i < kMaxEntryTokens; ++j) {
            h = fhash::combine(h, words[j].lowerHash);
            const auto it = m_table.constFind(h);
            if (it == m_table.constEnd())
                break;
            quint32 lists32 = it.value() & ~kPrefixBit;
            while (lists32) {
                const int l = __builtin_ctz(lists32);
                lists32 &= lists32 - 1;
                longest[size_t(i) * lists + l] = quint8(j - i + 1);
            }
            if (!(it.value() & kPrefixBit))
                break;
        }
    }
    for (int l = 0; l < lists; ++l) {
        const int shift = l * kBitsPerList;
        int coveredUntil = 0;
        for (int i = 0; i < count; ++i) {
            const int len = longest[size_t(i) * lists + l];
            if (!len || i < coveredUntil)
                continue;
            if (len == 1) {
                out[i] |= quint64(Unit) << shift;
            } else {
                out[i] |= quint64(Begin) << shift;
                for (int k = i + 1; k < i + len - 1; ++k)
                    out[k] |= quint64(Inside) << shift;
                out[i + len - 1] |= quint64(Last) << shift;
            }
            coveredUntil = i + len;
        }
    }
}

quint64 Gazetteer::signature() const
{
    return fhash::string(m_lists.join(QLatin1Char(',')));
}

} // namespace al
