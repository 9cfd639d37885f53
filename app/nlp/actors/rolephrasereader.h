#pragma once

#include "mentioncontext.h"
#include "rolephrase.h"

#include <QVector>

namespace al {

// Reads the roles written around a name, or on their own, over a MentionContext's tokens: a
// premodifier ("CIA director Bill Burns"), an apposition after the name ("Xie Feng, the new
// Chinese ambassador to the US,") or before it ("the top US trade official, Katherine Tai"), and
// the definite descriptions that stand alone ("the US diplomat"). It finds a title's words with
// the lexicon's titles and the POS tags, widens the phrase to its determiner, possessor and the
// countries and organisations named in it, and takes a complement ("to the US", "of staff").
// MentionContext answers through it; cheap to make (two references), read-only, and valid while
// the context is.
class RolePhraseReader
{
public:
    explicit RolePhraseReader(const MentionContext &context);

    RolePhrase premodifier(int entity) const;
    RolePhrase postApposition(int entity) const;
    RolePhrase preApposition(int entity) const;
    QVector<RolePhrase> nominals() const;

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

    const MentionContext &m_c;
    const ActorLexicon &m_lex;
};

} // namespace al
