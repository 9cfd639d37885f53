#pragma once

#include "analysis.h"
#include "eventlexicon.h"
#include "eventreading.h"

#include <QHash>
#include <QVector>

namespace al {

// The sentence the event extractor is reading, as words that carry what the earlier stages
// said of them (POS, entity, timex), with the words of appositions (", the top official for
// Asia,") and of titles before a name ("CIA director" Bill Burns) marked, since neither gives
// participants nor belongs in a label. Answers the word-level questions every part of the
// extractor asks: is this an auxiliary, a locative, a definite event noun, a date that can be an
// event's time. Which entity and timex each token belongs to is found once for the whole text.
// Requires tokens with POS tags, sentences, entities and timexes; read() moves it to another
// sentence. One per extraction; not shared between threads.
class EventSentence
{
public:
    EventSentence(const Analysis &analysis, const EventLexicon &lexicon);

    // Reads sentence s; false when it has no words.
    bool read(int s);

    const Analysis &analysis() const { return m_a; }
    const EventLexicon &lexicon() const { return m_lex; }
    int index() const { return m_sentence; }
    int size() const { return int(m_w.size()); }
    const EventWord &operator[](int i) const { return m_w[i]; }
    const QVector<EventWord> &words() const { return m_w; }
    bool inApposition(int i) const { return m_apposition[i]; }
    bool inTitle(int i) const { return m_modifier[i]; }

    // Whether a finite verb follows `from` before the clause can end.
    bool finiteAhead(int from) const;
    // A modal, or be/have/do followed by a verb before `to`.
    bool isAux(int i, int to) const;
    // The word before the noun phrase that ends at i (a preposition, mostly), or -1.
    int prepositionBefore(int i) const;
    bool isLocative(int i) const;
    bool isDefiniteNoun(int i) const;
    int eventNounIn(int from, int to) const;
    bool dateTimex(int i) const;
    // The timex fronted at the head of the sentence ("Last month, ..."), or -1.
    int frontedTimex() const;
    int appositionEnd(int comma, int vgStart) const;

    // An entity as a participant: its actor's name, its actor id (else its own id), and a key
    // that tells people apart when actors are not resolved.
    QString nameOf(int entity) const;
    QString participantId(int entity) const;
    QString participantKey(int entity) const;

private:
    void assignTokens();
    void buildWords(int s);
    void markAppositions();
    void markTitleRuns();

    struct Form
    {
        QString text;
        QString lower;
        QString lemma;
        quint32 lists = 0;
    };

    const Analysis &m_a;
    const EventLexicon &m_lex;
    int m_sentence = -1;
    QVector<EventWord> m_w;
    QVector<bool> m_apposition;       // words of an apposition, its commas included
    QVector<bool> m_modifier;         // words of a title before a name: "CIA director" Bill Burns
    QVector<int> m_tokenEntity;       // per token of the text: index into Analysis::entities, or -1
    QVector<int> m_tokenTimex;        // per token: index into Analysis::timexes, or -1
    QHash<QString, int> m_actorIndex; // actor id -> index into Analysis::actors
    QHash<QStringView, Form> m_forms; // a token's text (in Analysis::text) -> its strings and lists
};

} // namespace al
