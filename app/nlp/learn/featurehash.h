#pragma once

#include <QStringView>

#include <cstdint>

namespace al {

// Hashing helpers for the taggers' features. A feature is a 64-bit number built by mixing a
// template id with the hashes of the strings it looks at, so extracting a feature never builds a
// string. The mixing is fixed: changing it changes every feature id, which is why it takes part
// in each feature extractor's fingerprint (see NerFeatures::fingerprint).
namespace fhash {

inline constexpr quint64 mix(quint64 x)
{
    // splitmix64 finaliser: cheap, and good enough that the low bits index a hash table.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

inline constexpr quint64 combine(quint64 a, quint64 b)
{
    return mix(a * 0x9e3779b97f4a7c15ULL + b + 0x632be59bd9b4e019ULL);
}

inline constexpr quint64 feature(quint32 templateId, quint64 a)
{
    return combine(templateId, a);
}

inline constexpr quint64 feature(quint32 templateId, quint64 a, quint64 b)
{
    return combine(combine(templateId, a), b);
}

inline constexpr quint64 feature(quint32 templateId, quint64 a, quint64 b, quint64 c)
{
    return combine(combine(combine(templateId, a), b), c);
}

// FNV-1a over UTF-16 code units, then mixed.
inline quint64 string(QStringView s)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return mix(h ^ quint64(s.size()));
}

inline quint64 string(const char *s)
{
    return string(QString::fromLatin1(s));
}

} // namespace fhash
} // namespace al
