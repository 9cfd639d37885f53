#pragma once

#include "result.h"
#include "wordfeatures.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace al {

// Lists of names the taggers consult: countries, demonyms, cities, regions, first and last names,
// organisation words, titles, world bodies... one list per file in resources/gazetteers/
// (`name.txt`, one entry a line, tokens separated by spaces, `#` starts a comment).
//
// match() finds, for every token of a sentence, the longest entry of each list that covers it
// and reports the token's position in it (Begin, Inside, Last, Unit), matching case-insensitively
// on the normalised token text; the tagger decides from the token's shape what a match is worth.
//
// The lists compile into one open-addressing table of token-sequence hashes. train-ner writes
// that table to resources/models/gazetteers.bin (save()), and shared() maps the file and reads it
// in place (load()), so start-up parses no list; it reads the lists themselves only when the
// file is missing. Loaded once (shared()) and read-only afterwards: thread-safe.
class Gazetteer
{
public:
    enum Position : quint64 { None = 0, Begin = 1, Inside = 2, Last = 3, Unit = 4 };
    static constexpr int kBitsPerList = 3;
    static constexpr int kMaxLists = 64 / kBitsPerList;
    static constexpr int kMaxEntryTokens = 8;

    static const Gazetteer &shared();

    // Reads every *.txt of `directory` (sorted by name) as one list each.
    Result<bool> loadDirectory(const QString &directory);
    // Adds one list from lines; returns its index.
    int addList(const QString &name, const QStringList &entries);
    // The compiled lists: the same bytes for the same lists, whatever the order of work.
    QByteArray toBytes() const;
    Result<bool> save(const QString &path) const;
    // Maps a file save() wrote.
    static Result<Gazetteer> load(const QString &path);

    const QStringList &lists() const { return m_lists; }
    int listIndex(const QString &name) const { return int(m_lists.indexOf(name)); }
    int entryCount() const { return m_entries; }

    // out[i] gets kBitsPerList bits per list: the Position of token i in the longest match.
    void match(const WordFeatures *words, int count, quint64 *out) const;
    static Position position(quint64 bits, int list)
    {
        return Position((bits >> (list * kBitsPerList)) & ((1u << kBitsPerList) - 1));
    }
    // A hash of the loaded lists' names: taggers mix it into their fingerprints.
    quint64 signature() const;

private:
    static constexpr quint32 kPrefixBit = 0x80000000u;
    int addEntries(const QString &name, const QStringList &entries);
    void compile();
    quint32 find(quint64 hash) const; // 0 when no entry goes through this sequence
    QStringList m_lists;
    QHash<quint64, quint32> m_entryBits; // while building: sequence hash -> what find() returns
    int m_entries = 0;
    // The table find() reads: sequence hash -> lists it completes | kPrefixBit if it continues,
    // in a mapped file or in memory compile() made, kept alive by m_storage.
    std::shared_ptr<const void> m_storage;
    const quint64 *m_keys = nullptr; // 0 is an empty slot
    const quint32 *m_values = nullptr;
    quint64 m_mask = 0;
    quint32 m_zeroValue = 0; // of the hash 0, which has no slot
};

} // namespace al
