#include "timexscorer.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

namespace al {

namespace {

double ratio(qint64 a, qint64 b)
{
    return b ? double(a) / double(b) : 0.0;
}

double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

const QString kNone = QStringLiteral("none");

// Tabs and line breaks would break the file's columns; the words are for people only.
QString cell(const QString &s)
{
    QString out = s;
    for (QChar &c : out)
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    return out;
}

bool matches(const QRegularExpression &re, const QStringList &texts)
{
    for (const QString &t : texts)
        if (re.match(t).hasMatch())
            return true;
    return false;
}

// Two anchored values of the same shape (2023-05 and 2022-05, two days, two weeks): the words
// were found and understood, and the calendar arithmetic chose another point.
bool sameShape(const QString &a, const QString &b)
{
    static const QRegularExpression point(QStringLiteral("^\\d{4}(-(\\d{2}|W\\d{1,2}|Q\\d|H\\d|SP|SU|FA|WI))?"
                                                         "(-\\d{2})?(T.*)?$"));
    if (a.size() != b.size() || !point.match(a).hasMatch() || !point.match(b).hasMatch())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (a.at(i).isDigit() != b.at(i).isDigit())
            return false;
    return true;
}

} // namespace

bool TimexOutcome::strict() const
{
    return hasGold() && hasPrediction() && goldStart == predStart && goldEnd == predEnd;
}

bool TimexOutcome::typeRight() const
{
    return hasGold() && hasPrediction() && goldType == predType;
}

bool TimexOutcome::valueRight() const
{
    return hasGold() && hasPrediction() && TimexScorer::sameValue(goldValue, predValue);
}

QString TimexOutcome::key() const
{
    return hasGold() ? QStringLiteral("%1 g%2-%3").arg(document).arg(goldStart).arg(goldEnd)
                     : QStringLiteral("%1 p%2-%3").arg(document).arg(predStart).arg(predEnd);
}

void TimexScore::add(const TimexOutcome &o)
{
    gold += o.hasGold();
    predicted += o.hasPrediction();
    const bool matched = o.hasGold() && o.hasPrediction();
    relaxed += matched;
    strict += o.strict();
    typeRight += o.typeRight();
    valueRight += o.valueRight();
}

void TimexScore::add(const TimexScore &o)
{
    gold += o.gold;
    predicted += o.predicted;
    strict += o.strict;
    relaxed += o.relaxed;
    typeRight += o.typeRight;
    valueRight += o.valueRight;
}

double TimexScore::strictF1() const
{
    return f1(ratio(strict, predicted), ratio(strict, gold));
}

double TimexScore::relaxedF1() const
{
    return f1(ratio(relaxed, predicted), ratio(relaxed, gold));
}

double TimexScore::typeAccuracy() const
{
    return ratio(typeRight, relaxed);
}

double TimexScore::valueF1() const
{
    return f1(ratio(valueRight, predicted), ratio(valueRight, gold));
}

double TimexScorer::TypeFigures::precision() const
{
    return ratio(rightByPrediction, predicted);
}

double TimexScorer::TypeFigures::recall() const
{
    return ratio(rightByGold, gold);
}

double TimexScorer::TypeFigures::f1() const
{
    return al::f1(precision(), recall());
}

bool TimexScorer::sameValue(const QString &a, const QString &b)
{
    static const QRegularExpression week(QStringLiteral("-W(\\d)(?!\\d)"));
    if (a == b)
        return true;
    QString x = a, y = b;
    x.replace(week, QStringLiteral("-W0\\1"));
    y.replace(week, QStringLiteral("-W0\\1"));
    return x == y;
}

QVector<TimexOutcome> TimexScorer::match(const QString &document, const QVector<Timex> &gold,
                                         const QVector<Timex> &predicted)
{
    QVector<TimexOutcome> out;
    QVector<bool> used(predicted.size(), false);
    auto setPrediction = [](TimexOutcome &o, const Timex &p) {
        o.predStart = p.start;
        o.predEnd = p.end;
        o.predType = p.type;
        o.predValue = p.value;
        o.predText = p.text;
    };
    for (const Timex &g : gold) {
        TimexOutcome o;
        o.document = document;
        o.goldStart = g.start;
        o.goldEnd = g.end;
        o.goldType = g.type;
        o.goldValue = g.value;
        o.goldText = g.text;
        for (int k = 0; k < predicted.size(); ++k) {
            if (!used[k] && predicted.at(k).start < g.end && g.start < predicted.at(k).end) {
                used[k] = true;
                setPrediction(o, predicted.at(k));
                break;
            }
        }
        out << o;
    }
    for (int k = 0; k < predicted.size(); ++k) {
        if (used[k])
            continue;
        TimexOutcome o;
        o.document = document;
        setPrediction(o, predicted.at(k));
        out << o;
    }
    return out;
}

TimexScore TimexScorer::score(const QVector<TimexOutcome> &outcomes)
{
    TimexScore s;
    for (const TimexOutcome &o : outcomes)
        s.add(o);
    return s;
}

QMap<QString, TimexScorer::TypeFigures> TimexScorer::byType(const QVector<TimexOutcome> &outcomes)
{
    QMap<QString, TypeFigures> out;
    for (const QString &t :
         {QStringLiteral("DATE"), QStringLiteral("TIME"), QStringLiteral("DURATION"), QStringLiteral("SET")})
        out.insert(t, {});
    for (const TimexOutcome &o : outcomes) {
        if (o.hasGold()) {
            TypeFigures &f = out[o.goldType];
            ++f.gold;
            f.rightByGold += o.valueRight();
        }
        if (o.hasPrediction()) {
            TypeFigures &f = out[o.predType];
            ++f.predicted;
            f.rightByPrediction += o.valueRight();
        }
    }
    return out;
}

QMap<QString, QMap<QString, qint64>> TimexScorer::confusion(const QVector<TimexOutcome> &outcomes)
{
    QMap<QString, QMap<QString, qint64>> out;
    for (const TimexOutcome &o : outcomes)
        ++out[o.hasGold() ? o.goldType : kNone][o.hasPrediction() ? o.predType : kNone];
    return out;
}

QString TimexScorer::errorClass(const TimexOutcome &before, const TimexOutcome &after)
{
    const TimexOutcome &g = before.hasGold() ? before : after;
    QStringList texts = {g.goldText, before.predText, after.predText};
    texts.removeAll(QString());
    QStringList values = {g.goldValue, before.predValue, after.predValue};
    values.removeAll(QString());
    const QStringList types = {g.goldType, before.predType, after.predType};
    auto re = [](const char *pattern) {
        return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption);
    };
    static const QRegularExpression partValue = re("T(MO|AF|EV|NI|DT)$");
    static const QRegularExpression partWord =
        re("\\b(morning|afternoon|evening|night|tonight|overnight|midday|noon)\\b");
    static const QRegularExpression setWord =
        re("\\b(every|each|annually|daily|weekly|monthly|yearly|hourly|nightly|quarterly|once|twice|"
           "times)\\b");
    static const QRegularExpression twoDigitYear = re("(^|\\s)['\u2019]\\d\\d\\b");
    static const QRegularExpression presentWord = re("\\b(today|currently|now|nowadays|current|age|era)\\b");
    static const QRegularExpression clock =
        re("\\d+:\\d\\d:\\d\\d|\\w+-(second|minute|hour|day|week|month|year)s?\\b");

    if (types.contains(QStringLiteral("SET")) || matches(setWord, texts))
        return QStringLiteral("set");
    if (matches(partValue, values) || matches(partWord, texts))
        return QStringLiteral("part of day");
    if (matches(twoDigitYear, texts))
        return QStringLiteral("two-digit year");
    if (values.contains(QStringLiteral("PRESENT_REF")) || matches(presentWord, texts))
        return QStringLiteral("generic present");
    if (matches(clock, texts))
        return QStringLiteral("clock duration");
    if (!g.hasGold())
        return QStringLiteral("spurious");
    const bool goldDuration = g.goldType == QLatin1String("DURATION");
    for (const TimexOutcome *p : {&before, &after}) {
        if (p->hasPrediction() && goldDuration != (p->predType == QLatin1String("DURATION")))
            return QStringLiteral("duration as date");
    }
    if (!before.hasPrediction() && !after.hasPrediction())
        return QStringLiteral("missed");
    for (const TimexOutcome *p : {&before, &after}) {
        if (p->hasPrediction() && p->predValue != g.goldValue && sameShape(p->predValue, g.goldValue))
            return QStringLiteral("anchoring");
    }
    return QStringLiteral("other");
}

QVector<TimexScorer::Change> TimexScorer::diff(const QVector<TimexOutcome> &before,
                                               const QVector<TimexOutcome> &after)
{
    QHash<QString, int> inAfter;
    for (int i = 0; i < after.size(); ++i)
        inAfter.insert(after.at(i).key(), i);
    QVector<Change> out;
    QSet<QString> seen;
    auto differs = [](const TimexOutcome &a, const TimexOutcome &b) {
        return a.hasPrediction() != b.hasPrediction() || a.predStart != b.predStart ||
               a.predEnd != b.predEnd || a.predType != b.predType || a.predValue != b.predValue;
    };
    for (const TimexOutcome &b : before) {
        const QString key = b.key();
        seen.insert(key);
        TimexOutcome a;
        const auto it = inAfter.constFind(key);
        if (it != inAfter.cend()) {
            a = after.at(it.value());
        } else {
            // A spurious prediction that the later run no longer makes, or a gold expression the
            // later file does not list (it should: both runs score the same gold data).
            a = b;
            a.predStart = a.predEnd = -1;
            a.predType.clear();
            a.predValue.clear();
            a.predText.clear();
        }
        if (differs(b, a))
            out << Change{errorClass(b, a), b, a};
    }
    for (const TimexOutcome &a : after) {
        if (seen.contains(a.key()))
            continue;
        TimexOutcome b = a;
        b.predStart = b.predEnd = -1;
        b.predType.clear();
        b.predValue.clear();
        b.predText.clear();
        out << Change{errorClass(b, a), b, a};
    }
    return out;
}

bool TimexScorer::write(const QVector<TimexOutcome> &outcomes, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QTextStream out(&file);
    out << "# document\tgoldStart\tgoldEnd\tgoldType\tgoldValue\tgoldText\tpredStart\tpredEnd\tpredType\t"
           "predValue\tpredText\n";
    for (const TimexOutcome &o : outcomes) {
        out << cell(o.document) << '\t' << o.goldStart << '\t' << o.goldEnd << '\t' << cell(o.goldType)
            << '\t' << cell(o.goldValue) << '\t' << cell(o.goldText) << '\t' << o.predStart << '\t'
            << o.predEnd << '\t' << cell(o.predType) << '\t' << cell(o.predValue) << '\t' << cell(o.predText)
            << '\n';
    }
    out.flush();
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool TimexScorer::read(const QString &path, QVector<TimexOutcome> *outcomes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QTextStream in(&file);
    int lineNumber = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        bool ok[4] = {false, false, false, false};
        TimexOutcome o;
        if (f.size() == 11) {
            o.document = f.at(0);
            o.goldStart = f.at(1).toInt(&ok[0]);
            o.goldEnd = f.at(2).toInt(&ok[1]);
            o.goldType = f.at(3);
            o.goldValue = f.at(4);
            o.goldText = f.at(5);
            o.predStart = f.at(6).toInt(&ok[2]);
            o.predEnd = f.at(7).toInt(&ok[3]);
            o.predType = f.at(8);
            o.predValue = f.at(9);
            o.predText = f.at(10);
        }
        if (f.size() != 11 || !ok[0] || !ok[1] || !ok[2] || !ok[3]) {
            *error = QStringLiteral("%1:%2: expected 11 tab-separated fields").arg(path).arg(lineNumber);
            return false;
        }
        *outcomes << o;
    }
    return true;
}

} // namespace al
