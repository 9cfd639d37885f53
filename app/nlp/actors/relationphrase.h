#pragma once

#include <QString>
#include <QVector>

namespace al {

class MentionContext;

// The relation phrase written between two arguments, read in the manner of ReVerb (Fader et al.
// 2011): a verb group, optionally followed by nouns, adjectives and prepositions, ending in a
// verb or a preposition ("met", "travel to", "held talks with"; never "held talks"). The label
// leaves out adverbs, determiners, numbers, auxiliaries before a verb and the future modals;
// "not", "never" and a denying verb before "to" ("declined to meet") make it negated. A
// punctuation mark, a conjunction, a pronoun, a clause word ("that", "said") or a name that is
// no argument between the two means there is no phrase. A plain value; read() is thread-safe.
struct RelationPhrase
{
    bool valid = false;
    QString label;
    bool negated = false;
    bool lastIsVerb = false;
    QString lastWord; // the label's last word, lower case

    // The phrase of `tokens` (indices into the context's tokens, in order, at most 14); invalid
    // when they are no relation phrase.
    static RelationPhrase read(const MentionContext &context, const QVector<int> &tokens);
};

} // namespace al
