#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <memory>

namespace al {

// The word lists of event extraction (resources/events/lexicon.txt; the file's header explains
// the syntax): event nouns, light verbs, the governors that make a happening planned, refused,
// cancelled or reported, verbs that are no happening of their own, classes of predicates that
// may name the same happening, and irregular verb forms. Words are looked up by lemma; lemma()
// undoes regular inflection against the words the lexicon knows, so "cancelled", "declining"
// and "trips" find "cancel", "decline" and "trip". Immutable after load; shared read-only
// across threads.
class EventLexicon
{
public:
    // The shared lexicon, loaded from resources/events/lexicon.txt on first use.
    static const EventLexicon &shared();
    // Parses the text of a lexicon file (for tests); errors go to `error` with line numbers.
    static std::shared_ptr<EventLexicon> fromText(const QString &text, QString *error = nullptr);

    // The lists the extractor asks about, as bits of lists(): a word's lists are found once per
    // word of a sentence (EventWord::lists) instead of stemming the word again at every question.
    enum List : quint8 {
        EventNoun,
        Light,
        Plan,
        Refuse,
        Cancel,
        Report,
        Accuse,
        ReportAdverb,
        Aspect,
        NonEvent,
        Say,
        Future,
        Speculative,
        Negation,
        PlannedAdj,
        CancelledAdj,
        Subordinate,
        SubordinateVerb,
        Locative,
        NotDate,
        Definite,
        ListCount
    };
    static QString listName(List list);
    static constexpr quint32 bit(List list) { return quint32(1) << list; }

    bool isEmpty() const { return m_lists.isEmpty(); }
    QString loadError() const { return m_error; }

    // The lemma of a lower-case word form: irregular forms, then the regular endings (-s, -es,
    // -ies, -ed, -ied, -ing, doubled consonants, dropped e) tried against the known words.
    QString lemma(const QString &lower) const;
    // Whether the word's lemma is in the list ("eventnoun", "plan", "nonevent", ...).
    bool has(const QString &list, const QString &lower) const;
    bool has(List list, const QString &lower) const { return lists(lower) & bit(list); }
    // The lists (bits of List) that has() finds the word in: one stemming for all of them.
    quint32 lists(const QString &lower) const;
    // The word's lemma and lists at once, stemming it once: what EventSentence keeps per word.
    quint32 read(const QString &lower, QString *lemma) const;
    // The particle of a phrasal verb of the list ("call" → "off" in cancelphrase), or empty.
    QString particle(const QString &list, const QString &lemma) const;
    // The class of a predicate ("trip" → "travel"); the lemma itself when it has none.
    QString predicateClass(const QString &lower) const;

private:
    using Stems = QVarLengthArray<QString, 6>;
    Stems candidates(const QString &lower) const; // stems by regular and irregular rules
    QString lemmaOf(const QString &lower, const Stems &stems) const;
    quint32 listsOf(const QString &lower, const Stems &stems) const;

    QHash<QString, QSet<QString>> m_lists;
    QHash<QString, QHash<QString, QString>> m_pairs; // list -> word -> particle
    QHash<QString, QString> m_classes;               // lemma -> class
    QHash<QString, QString> m_irregular;             // form -> lemma
    QSet<QString> m_known;                           // every word of every list
    QHash<QString, quint32> m_listsOfWord;           // word -> the List bits of the lists it is in
    QString m_error;
};

} // namespace al
