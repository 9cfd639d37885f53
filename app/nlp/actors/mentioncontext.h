#pragma once

#include "actorlexicon.h"
#include "analysis.h"

#include <QVector>

namespace al {

// A title or role found next to a name or on its own: "US secretary of state" before "Antony
// Blinken", "the new Chinese ambassador to the US" after "Xie Feng,", "the US diplomat" alone.
// Token indices are into Analysis::tokens; -1 means absent.
struct RolePhrase
{
    enum class Kind { None, Premodifier, PostApposition, PreApposition, Nominal };
    Kind kind = Kind::None;
    int extentFirst = -1;       // first token of the noun phrase, with its determiner or possessor
    int extentLast = -1;        // last token of the noun phrase (for appositions: before the closing comma)
    int first = -1;             // first token of the role's words (no determiner)
    int last = -1;              // last token of the role's words, complement included
    int head = -1;              // the title's last word ("minister", "secretary" of "secretary of state")
    QString text;               // "Chinese defence minister", "China’s top foreign policy official"
    QString headWord;           // lower case: "minister", "secretary of state"
    QStringList countries;      // countries named before the head (demonyms, names, possessors)
    QVector<int> orgs;          // ORGANIZATION entities in the role (CIA of "CIA director")
    QString institutionCountry; // country of a national institution named in the role
    int possessorEntity = -1;   // "China" of "China’s top official"
    int possessivePronoun = -1; // "his" of "his predecessor"
    int complementEntity = -1;  // "US" of "ambassador to the US"
    QString complementPreposition; // "to", "of", "for", "at"
    bool relational = false;       // a relational noun: "predecessor", "counterpart"
    bool plural = false;
    bool isValid() const { return kind != Kind::None; }
};

// A token-level view of an analysed article for the actor stages: which entity covers a token,
// the sentence of a token, word classes from the POS tags, and the roles written around names
// (premodifiers "CIA director Bill Burns", appositions "Xie Feng, the new Chinese ambassador to
// the US," and "the top US trade official, Katherine Tai") or on their own ("the US diplomat").
// ActorResolver and RelationExtractor read the same phrases through it, so a role's words are
// never also a relation's argument. Built over one Analysis, which must outlive it; read-only.
class MentionContext
{
public:
    MentionContext(const Analysis &analysis, const ActorLexicon &lexicon);

    const Analysis &analysis() const { return m_a; }
    const ActorLexicon &lexicon() const { return m_lex; }
    int tokenCount() const { return int(m_a.tokens.size()); }
    QString word(int i) const;
    const QString &lower(int i) const { return m_lower[i]; }
    const QString &pos(int i) const { return m_a.tokens[i].pos; }
    bool hasPos() const { return m_hasPos; }
    bool isCapitalised(int i) const;
    bool isVerb(int i) const { return pos(i).startsWith(QLatin1String("VB")); }
    bool isFiniteVerb(int i) const;
    bool isNoun(int i) const; // common noun
    bool isAdjective(int i) const;
    bool isDeterminer(int i) const;
    bool isPossessive(int i) const; // ’s or ’
    bool isPunctuation(int i) const;
    bool isPreposition(int i) const { return pos(i) == QLatin1String("IN") || pos(i) == QLatin1String("TO"); }
    // A preposition that governs the noun phrase after it ("in Beijing"), not a word opening a
    // clause ("that Washington could ...", "while he was ...").
    bool governsNoun(int i) const;
    static bool isPersonalPronoun(const QString &lower);
    static char pronounGender(const QString &lower); // 'm', 'f' or 0
    static bool isNominativePronoun(const QString &lower);
    // The noun a title is about: "secretary" of "secretary of state", "adviser" of "national
    // security adviser".
    static QString headNoun(const QString &headWord);

    int sentenceOf(int token) const { return m_sentenceOfToken.value(token, -1); }
    int sentenceFirst(int sentence) const { return m_a.sentences[sentence].firstToken; }
    int sentenceEnd(int sentence) const
    {
        return m_a.sentences[sentence].firstToken + m_a.sentences[sentence].tokenCount;
    }
    int tokenAt(int offset) const; // the token starting at or covering offset, or -1

    int entityAt(int token) const { return m_entityOfToken.value(token, -1); }
    int entityFirst(int entity) const { return m_entityTokens[entity].first; }
    int entityLast(int entity) const { return m_entityTokens[entity].second; }
    const QString &entityType(int entity) const { return m_a.entities[entity].type; }
    // A name used as a modifier of a noun ("Biden administration", "Chinese warship"): it does
    // not stand for an actor taking part in the sentence.
    bool isAttributive(int entity) const;
    // The entity is the possessor of the noun after it ("Blinken’s visit").
    bool isPossessor(int entity) const;

    RolePhrase premodifier(int entity) const;
    RolePhrase postApposition(int entity) const;
    RolePhrase preApposition(int entity) const;
    // Definite descriptions of a person that stand alone: "the US diplomat", "the president".
    QVector<RolePhrase> nominals() const;

    QString spanText(int firstToken, int lastToken) const;

private:
    // The title whose last word is at `token`: its first token, or -1.
    int titleEndingAt(int token) const;
    bool isRoleWord(int token) const;
    // The noun phrase of titles and role words that starts at `from`, up to a person's name or
    // another word: its last title (lastHead, whose title starts at headFirst, at or after
    // `titleFrom`), where it stops (end), and the entities passed on the way.
    struct HeadScan
    {
        int lastHead = -1;
        int headFirst = -1;
        int end = -1;
        QVector<int> entities;
    };
    HeadScan scanRoleHead(int from, int sentenceEnd, int titleFrom) const;
    // Extends a role leftwards from its head; fills first, extentFirst, countries, orgs, ...
    void extendLeft(RolePhrase &r, int titleFirst, int limit) const;
    // Reads a role to the right of `start` (an apposition after "NAME ,"). Returns an invalid
    // phrase when the words are not a role.
    RolePhrase readRight(int start, int sentenceEnd) const;
    void finish(RolePhrase &r) const;
    void addCountry(RolePhrase &r, int entity) const;

    const Analysis &m_a;
    const ActorLexicon &m_lex;
    QVector<QString> m_lower;
    QVector<int> m_sentenceOfToken;
    QVector<int> m_entityOfToken;
    QVector<QPair<int, int>> m_entityTokens;
    bool m_hasPos = false;
};

} // namespace al
