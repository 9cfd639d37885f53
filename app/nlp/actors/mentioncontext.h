#pragma once

#include "actorlexicon.h"
#include "analysis.h"
#include "rolephrase.h"

#include <QVector>

namespace al {

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
    // The token's text without a copy: for comparisons.
    QStringView view(int i) const
    {
        const Token &t = m_a.tokens[i];
        return QStringView(m_a.text).mid(t.start, t.end - t.start);
    }
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
    const Analysis &m_a;
    const ActorLexicon &m_lex;
    QVector<QString> m_lower;
    QVector<int> m_sentenceOfToken;
    QVector<int> m_entityOfToken;
    QVector<QPair<int, int>> m_entityTokens;
    bool m_hasPos = false;
};

} // namespace al
