#pragma once

#include "spans.h"

#include <QMap>
#include <QString>
#include <QVector>

namespace al {

// One gold or predicted expression of a document and what became of it: a gold TIMEX3 with
// the prediction that overlaps it (relaxed match), a gold one nobody found (no prediction), or a
// prediction that matches no gold one (no gold). Offsets are into the document's text.
struct TimexOutcome
{
    QString document;
    int goldStart = -1;
    int goldEnd = -1;
    QString goldType;
    QString goldValue;
    QString goldText;
    int predStart = -1;
    int predEnd = -1;
    QString predType;
    QString predValue;
    QString predText;

    bool hasGold() const { return goldStart >= 0; }
    bool hasPrediction() const { return predStart >= 0; }
    bool strict() const;
    bool typeRight() const;
    bool valueRight() const;
    // A gold expression is right when its value was found; a spurious one is right when absent.
    bool right() const { return hasGold() ? valueRight() : !hasPrediction(); }
    // The same place in two runs: the gold span, or the predicted span when there is no gold.
    QString key() const;
};

// The TempEval-3 figures over a set of outcomes.
struct TimexScore
{
    qint64 gold = 0;
    qint64 predicted = 0;
    qint64 strict = 0;
    qint64 relaxed = 0;
    qint64 typeRight = 0;
    qint64 valueRight = 0;

    void add(const TimexOutcome &o);
    void add(const TimexScore &o);
    double strictF1() const;
    double relaxedF1() const;
    double typeAccuracy() const; // over relaxed matches
    double valueF1() const;
};

// Scores the temporal tagger the way the TempEval-3 scorer counts (relaxed match: overlapping
// spans, each gold expression matched to the first unused prediction that overlaps it; values
// compared as strings), and breaks the figures down: value F1 per TIMEX3 type (recall counted
// by the gold type, precision by the predicted type), the confusion of expected against given
// types, and the difference between two runs, place by place, so that a change can be shown to
// fix cases without breaking others. Outcomes are written to and read from a tab-separated file
// so two runs (two builds, two pattern files) can be compared later.
class TimexScorer
{
public:
    struct TypeFigures
    {
        qint64 gold = 0;
        qint64 predicted = 0;
        qint64 rightByGold = 0;       // gold of this type whose value was found
        qint64 rightByPrediction = 0; // predictions of this type with the gold value
        double precision() const;
        double recall() const;
        double f1() const;
    };

    struct Change
    {
        QString errorClass;
        TimexOutcome before;
        TimexOutcome after;
    };

    static QVector<TimexOutcome> match(const QString &document, const QVector<Timex> &gold,
                                       const QVector<Timex> &predicted);
    // Two spellings of one value are the same value: some gold files write ISO weeks without the
    // zero ("2000-W7"), which ISO 8601 spells 2000-W07. Nothing else is normalised.
    static bool sameValue(const QString &a, const QString &b);

    static TimexScore score(const QVector<TimexOutcome> &outcomes);
    // DATE, TIME, DURATION, SET (and any other type that occurs).
    static QMap<QString, TypeFigures> byType(const QVector<TimexOutcome> &outcomes);
    // expected type → given type → count; "none" stands for a missing side (a spurious
    // prediction is expected "none", a missed gold expression is given "none").
    static QMap<QString, QMap<QString, qint64>> confusion(const QVector<TimexOutcome> &outcomes);

    // The places whose outcome differs between two runs of the same gold data (a different
    // value, type or span, or a prediction added or removed), each with its error class.
    static QVector<Change> diff(const QVector<TimexOutcome> &before, const QVector<TimexOutcome> &after);
    // The class of the list a place belongs to, judged from its words, types and
    // values in both runs: "set", "part of day", "two-digit year", "generic present",
    // "clock duration", "duration as date", "anchoring", "spurious", "missed", "other".
    static QString errorClass(const TimexOutcome &before, const TimexOutcome &after);

    static bool write(const QVector<TimexOutcome> &outcomes, const QString &path, QString *error);
    static bool read(const QString &path, QVector<TimexOutcome> *outcomes, QString *error);
};

} // namespace al
