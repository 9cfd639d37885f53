#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

#include <memory>

namespace al {

// The declarative half of the temporal tagger: the word classes and rules of
// resources/temporal/patterns.txt (the file's header explains the syntax), compiled once into
// token patterns indexed by their first word, and the matcher that finds the longest rule
// match at each place of a text. It has its own light tokenization (words, numbers, dotted
// abbreviations such as "a.m." and "Sept.", single punctuation marks; a hyphen between two
// words is glue the patterns may skip), so "third-quarter", "mid-1990s" and "10:35" match the
// way a person writes the rule. Knows nothing of calendars: a match is a rule plus the slots it
// captured ("month" = "2", "unit" = "W"); TemporalNormalizer turns that into a value.
// Immutable after load; shared read-only across threads.
class TemporalPatterns
{
public:
    struct Word
    {
        int start = 0;
        int end = 0;
        QString lower;
        double number = -1; // value of a digit token (1,000 → 1000), else -1
        bool capitalized = false;
        bool glue = false; // a hyphen or slash joining two words without spaces
        bool spaceBefore = false;
        bool lineBefore = false; // a line break between this word and the previous one
        int sentence = 0;
        int id = 0;           // the word in the patterns' vocabulary; 0 when no pattern knows it
        int numberWord = -1;  // "twenty" → 20
        int ordinalWord = -1; // "third" → 3
    };

    struct Slot
    {
        QString name;
        QString value;
    };

    struct Rule
    {
        QString type;   // DATE, TIME, DURATION, SET, NONE (a stop rule: matches, emits nothing),
                        // GENERIC (words that make their sentence speak of an era, not a day)
        QString action; // date, rel, anaphor, dur, value, period, ...
        QStringList args;
        QString mod;
        int line = 0; // in the pattern file, for messages
        int weight = 0;
        QString source; // the rule as written
    };

    struct Match
    {
        int first = 0; // word index of the span's first word
        int last = 0;  // word index of its last word (inclusive)
        const Rule *rule = nullptr;
        QVector<Slot> slots;
        QString slot(const QString &name) const;
        bool has(const QString &name) const;
    };

    // The shared instance, loaded from resources/temporal/patterns.txt on first use.
    static const TemporalPatterns &shared();
    // Loads from text (for tests and tools); errors go to `error` with line numbers.
    static std::shared_ptr<TemporalPatterns> fromText(const QString &text, QString *error = nullptr);

    bool isEmpty() const;
    int ruleCount() const;
    QString loadError() const { return m_error; }

    // Splits text into words. `sentenceStarts` (ascending offsets) gives each word its sentence
    // index; without it, line breaks alone separate.
    QVector<Word> words(QStringView text, const QVector<int> &sentenceStarts) const;
    // The longest matches, left to right, not overlapping. Stop rules (type NONE) win places
    // but are not returned; GENERIC matches are returned for the tagger to read, not to emit.
    QVector<Match> match(const QVector<Word> &words) const;
    // Modifier phrases before a match ("early", "the end of", "more than"): how many words
    // before `first` belong to the expression, and the TIMEX3 mod they give.
    int prefixBefore(const QVector<Word> &words, int first, QString *mod) const;

    // A number the file sets with `param NAME VALUE` (a threshold the normaliser uses), else
    // `fallback`. Tools override one by appending a later `param` line to the file's text.
    double parameter(const QString &name, double fallback) const;

    // The tense cue a word gives ("was" → "past", "will" → "future"), from the file's `cue`
    // lines; empty for most words.
    QString cueOf(const Word &word) const;

    // Number words: "twenty-four" → 24 from words[i..]; returns the count of words used.
    int numberAt(const QVector<Word> &words, int i, int limit, double *value) const;

    ~TemporalPatterns();
    TemporalPatterns();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_error;
};

} // namespace al
