#pragma once

#include <QString>
#include <QStringList>
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

} // namespace al
