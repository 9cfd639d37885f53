#include "gazetteer.h"

#include "featurehash.h"
#include "resources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cstring>

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
        const QString compiled = Resources::path(QStringLiteral("models/gazetteers.bin"));
        if (!compiled.isEmpty()) {
            auto r = load(compiled);
            if (r)
                return std::move(r).value();
            qWarning("%s", qPrintable(r.error()));
        }
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
        addEntries(QFileInfo(name).completeBaseName(), entries);
    }
    compile();
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
    const int list = addEntries(name, entries);
    compile();
    return list;
}

int Gazetteer::addEntries(const QString &name, const QStringList &entries)
{
    if (m_entryBits.isEmpty() && m_keys) {
        // A loaded table grows: take its entries back into the building hash.
        for (quint64 i = 0; i <= m_mask; ++i)
            if (m_keys[i])
                m_entryBits.insert(m_keys[i], m_values[i]);
        if (m_zeroValue)
            m_entryBits.insert(0, m_zeroValue);
    }
    const int list = int(m_lists.size());
    m_lists << name;
    m_entryBits.reserve(m_entryBits.size() + entries.size() * 2);
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
            quint32 &v = m_entryBits[h];
            if (k + 1 < n)
                v |= kPrefixBit;
            else
                v |= 1u << list;
        }
        ++m_entries;
    }
    return list;
}

namespace {

constexpr char kMagic[8] = {'A', 'L', 'G', 'A', 'Z', 'E', 'T', 'T'};
constexpr quint32 kFormatVersion = 1;

// The compiled file: a fixed header, the list names, then the table, 8-byte aligned.
//   magic[8] version:u32 lists:u32 entries:u32 nameBytes:u32 capacity:u64 zeroValue:u32
//   reserved:u32 | names (UTF-8, one a line) | key:u64[capacity] | value:u32[capacity]
struct Header
{
    char magic[8];
    quint32 version;
    quint32 lists;
    quint32 entries;
    quint32 nameBytes;
    quint64 capacity;
    quint32 zeroValue;
    quint32 reserved;
};
static_assert(sizeof(Header) == 40);

struct Table
{
    std::vector<quint64> keys;
    std::vector<quint32> values;
};

} // namespace

void Gazetteer::compile()
{
    // Sorted keys into a table twice their number: the same layout for the same lists.
    QList<quint64> keys = m_entryBits.keys();
    std::sort(keys.begin(), keys.end());
    quint64 capacity = 16;
    while (capacity < quint64(keys.size()) * 2)
        capacity <<= 1;
    auto table = std::make_shared<Table>();
    table->keys.assign(capacity, 0);
    table->values.assign(capacity, 0);
    m_zeroValue = 0;
    for (quint64 key : std::as_const(keys)) {
        const quint32 value = m_entryBits.value(key);
        if (key == 0) {
            m_zeroValue = value;
            continue;
        }
        quint64 i = key & (capacity - 1);
        while (table->keys[i])
            i = (i + 1) & (capacity - 1);
        table->keys[i] = key;
        table->values[i] = value;
    }
    m_keys = table->keys.data();
    m_values = table->values.data();
    m_mask = capacity - 1;
    m_storage = std::move(table);
}

quint32 Gazetteer::find(quint64 hash) const
{
    if (hash == 0)
        return m_zeroValue;
    if (!m_keys)
        return 0;
    for (quint64 i = hash & m_mask;; i = (i + 1) & m_mask) {
        const quint64 key = m_keys[i];
        if (key == hash)
            return m_values[i];
        if (!key)
            return 0;
    }
}

QByteArray Gazetteer::toBytes() const
{
    Header h{};
    std::memcpy(h.magic, kMagic, sizeof(kMagic));
    h.version = kFormatVersion;
    const QByteArray names = m_lists.join(QLatin1Char('\n')).toUtf8();
    h.lists = quint32(m_lists.size());
    h.entries = quint32(m_entries);
    h.nameBytes = quint32(names.size());
    h.capacity = m_keys ? m_mask + 1 : 0;
    h.zeroValue = m_zeroValue;
    QByteArray out(reinterpret_cast<const char *>(&h), sizeof(h));
    out.append(names);
    while (out.size() % 8)
        out.append('\0');
    out.append(reinterpret_cast<const char *>(m_keys), qsizetype(h.capacity * sizeof(quint64)));
    out.append(reinterpret_cast<const char *>(m_values), qsizetype(h.capacity * sizeof(quint32)));
    return out;
}

Result<bool> Gazetteer::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toBytes()) < 0 || !file.commit())
        return Result<bool>::failure(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

Result<Gazetteer> Gazetteer::load(const QString &path)
{
    using R = Result<Gazetteer>;
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("Cannot read %1: %2").arg(path, file->errorString()));
    const qint64 size = file->size();
    const uchar *data = file->map(0, size);
    if (!data)
        return R::failure(QStringLiteral("Cannot map %1: %2").arg(path, file->errorString()));
    file->close();
    Header h;
    if (size < qint64(sizeof(h)))
        return R::failure(QStringLiteral("%1: truncated gazetteer").arg(path));
    std::memcpy(&h, data, sizeof(h));
    if (std::memcmp(h.magic, kMagic, sizeof(kMagic)) != 0 || h.version != kFormatVersion)
        return R::failure(
            QStringLiteral("%1: not a compiled gazetteer of version %2").arg(path).arg(kFormatVersion));
    const quint64 namesEnd = (sizeof(h) + quint64(h.nameBytes) + 7) / 8 * 8;
    if ((h.capacity & (h.capacity - 1)) != 0 || h.capacity == 0 || h.capacity > (quint64(1) << 30) ||
        h.lists > quint32(kMaxLists) ||
        quint64(size) != namesEnd + h.capacity * (sizeof(quint64) + sizeof(quint32)))
        return R::failure(QStringLiteral("%1: corrupt gazetteer").arg(path));
    Gazetteer g;
    g.m_lists = QString::fromUtf8(reinterpret_cast<const char *>(data) + sizeof(h), h.nameBytes)
                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (g.m_lists.size() != qsizetype(h.lists))
        return R::failure(QStringLiteral("%1: corrupt gazetteer").arg(path));
    g.m_entries = int(h.entries);
    g.m_keys = reinterpret_cast<const quint64 *>(data + namesEnd);
    g.m_values = reinterpret_cast<const quint32 *>(data + namesEnd + h.capacity * sizeof(quint64));
    g.m_mask = h.capacity - 1;
    g.m_zeroValue = h.zeroValue;
    g.m_storage = std::move(file);
    return g;
}

void Gazetteer::match(const WordFeatures *words, int count, quint64 *out) const
{
    std::fill(out, out + count, 0);
    if (!m_keys)
        return;
    const int lists = int(m_lists.size());
    // For each list, the end (exclusive) of the longest match starting at each token.
    std::vector<quint8> longest(size_t(count) * lists, 0);
    for (int i = 0; i < count; ++i) {
        quint64 h = seqStart();
        for (int j = i; j < count && j - i < kMaxEntryTokens; ++j) {
            h = fhash::combine(h, words[j].lowerHash);
            const quint32 value = find(h);
            if (!value)
                break;
            quint32 lists32 = value & ~kPrefixBit;
            while (lists32) {
                const int l = __builtin_ctz(lists32);
                lists32 &= lists32 - 1;
                longest[size_t(i) * lists + l] = quint8(j - i + 1);
            }
            if (!(value & kPrefixBit))
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
