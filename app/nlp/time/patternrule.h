#pragma once

#include "temporalpatterns.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace al {

// A rule of resources/temporal/patterns.txt as PatternRules compiles it and PatternMatcher
// walks it: a list of elements (literal words, a word class, a builtin such as #year, an
// optional group, the marks { } of the span the rule emits), with the words interned in the
// PatternVocabulary. Rules are indexed by the keys of the words they can start with; the
// negative keys stand for the builtins and `*`. Plain values.

enum class PatternBuiltin { None, Int, Num, Year, YY, Day, Ord, Decade, Time, Hms, Name };

struct PatternClassEntry
{
    QString value;
    bool needsCapital = false;
};

using PatternWordClass = QHash<int, PatternClassEntry>; // word id → entry

struct PatternElement
{
    enum Kind { Literal, Class, BuiltinKind, Group, SpanOpen, SpanClose };
    Kind kind = Literal;
    QStringList words; // literal alternatives, lower case
    QVector<int> ids;  // and their word ids
    bool needsCapital = false;
    bool any = false;  // `*`: any one word
    bool dash = false; // the literal is a hyphen or slash, which are otherwise skipped
    int cls = -1;      // index of the word class in the vocabulary
    PatternBuiltin builtin = PatternBuiltin::None;
    QString slot;
    bool optional = false;
    QVector<PatternElement> children;
};

struct CompiledRule
{
    TemporalPatterns::Rule rule;
    QVector<PatternElement> elements;
};

struct PatternPrefix
{
    QStringList words; // in text order
    QString mod;
};

// The keys of the rules that start with a builtin or `*`, beside the word ids (all positive).
struct PatternKey
{
    enum : int { Digits = -1, NumberWord = -2, OrdinalWord = -3, Any = -4, Name = -5 };
};

} // namespace al
