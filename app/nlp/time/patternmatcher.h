#pragma once

#include "patternrules.h"
#include "patternvocabulary.h"
#include "temporalpatterns.h"

#include <QVarLengthArray>
#include <QVector>

#include <functional>

namespace al {

// The matcher of the temporal patterns: at each word, the rules indexed under its keys are
// tried with backtracking (optional elements and groups), builtins read numbers, years, days,
// ordinals, decades and clock times in digits or words ("nineteen ninety-six", "twenty-first"),
// and each rule keeps its longest match. Of all matches the leftmost wins, then the longest (by
// characters), then the more specific rule, then the earlier one; a longer match starting inside
// a match takes the place instead; stop rules (type NONE) win places but are not returned.
// Reads the vocabulary and rules it is given, which must outlive it; no state of its own.
class PatternMatcher
{
public:
    using Word = TemporalPatterns::Word;

    PatternMatcher(const PatternVocabulary &vocabulary, const PatternRules &rules);

    QVector<TemporalPatterns::Match> match(const QVector<Word> &words) const;

    // Number words: "twenty-four" → 24 from words[i..limit); returns the count of words used.
    static int numberAt(const QVector<Word> &w, int i, int limit, double *value);
    // A number's slot value: QString::number(v, 'g', 12), written cheaply for whole numbers.
    static QString numberText(double v);

private:
    struct State;
    struct Candidate;

    QVector<Candidate> candidates(const QVector<Word> &words) const;
    QVector<TemporalPatterns::Match> select(const QVector<Word> &words, QVector<Candidate> &candidates) const;
    void matchElements(const QVector<PatternElement> &list, int ei, int wi, State &st,
                       const std::function<void(int)> &done) const;
    void wordKeys(const Word &w, QVarLengthArray<int, 4> &keys) const;

    // Builtins: the number of words used (0 when no match) and the captured value.
    static int builtinAt(PatternBuiltin b, const QVector<Word> &w, int i, int limit, QString *value);
    static int shapeAt(PatternBuiltin b, const Word &word, QString *value);
    static int ordinalAt(const QVector<Word> &w, int i, int limit, int *value);
    static int yearWordsAt(const QVector<Word> &w, int i, int limit, int *value);

    const PatternVocabulary &m_vocabulary;
    const PatternRules &m_rules;
};

} // namespace al
