#include "temporalpatterns.h"

#include "patternmatcher.h"
#include "patternrules.h"
#include "patternvocabulary.h"
#include "resources.h"

#include <QFile>
#include <QtDebug>

namespace al {

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018);
}

bool isDash(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011) || c == QChar(0x2013) ||
           c == QChar(0x2014);
}

} // namespace

struct TemporalPatterns::Impl
{
    PatternVocabulary vocabulary;
    PatternRules rules;
};

TemporalPatterns::TemporalPatterns() : d(std::make_unique<Impl>()) {}
TemporalPatterns::~TemporalPatterns() = default;

QString TemporalPatterns::Match::slot(const QString &name) const
{
    for (const Slot &s : slots)
        if (s.name == name)
            return s.value;
    return {};
}

bool TemporalPatterns::Match::has(const QString &name) const
{
    for (const Slot &s : slots)
        if (s.name == name)
            return true;
    return false;
}

const TemporalPatterns &TemporalPatterns::shared()
{
    static const std::shared_ptr<TemporalPatterns> instance = [] {
        const QString path = Resources::path(QStringLiteral("temporal/patterns.txt"));
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            auto empty = std::make_shared<TemporalPatterns>();
            empty->m_error = QStringLiteral("temporal/patterns.txt not found among the resources");
            qWarning("%s", qPrintable(empty->m_error));
            return empty;
        }
        QString error;
        auto loaded = fromText(QString::fromUtf8(file.readAll()), &error);
        if (!error.isEmpty())
            qWarning("temporal patterns: %s", qPrintable(error));
        return loaded;
    }();
    return *instance;
}

std::shared_ptr<TemporalPatterns> TemporalPatterns::fromText(const QString &text, QString *error)
{
    auto p = std::make_shared<TemporalPatterns>();
    QString message;
    p->d->rules.parse(text, p->d->vocabulary, &message);
    p->m_error = message;
    if (error)
        *error = message;
    return p;
}

bool TemporalPatterns::isEmpty() const
{
    return d->rules.rules().isEmpty();
}

int TemporalPatterns::ruleCount() const
{
    return d->rules.rules().size();
}

double TemporalPatterns::parameter(const QString &name, double fallback) const
{
    bool ok = false;
    const double v = d->rules.parameter(name).toDouble(&ok);
    return ok ? v : fallback;
}

QString TemporalPatterns::cueOf(const Word &word) const
{
    return d->vocabulary.cueOf(word.id);
}

int TemporalPatterns::numberAt(const QVector<Word> &words, int i, int limit, double *value) const
{
    return PatternMatcher::numberAt(words, i, limit, value);
}

QVector<TemporalPatterns::Word> TemporalPatterns::words(QStringView text,
                                                        const QVector<int> &sentenceStarts) const
{
    QVector<Word> out;
    // A word every 4.6 characters in news text with its punctuation: a third leaves room, so that
    // the words of a long text are not moved while they are found.
    out.reserve(text.size() / 3 + 8);
    const int n = text.size();
    int sentence = 0;
    int nextStart = 1; // index into sentenceStarts of the next boundary
    bool space = true;
    int newlines = 0;
    int paragraphs = 0;
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            space = true;
            if (c == QLatin1Char('\n'))
                ++newlines;
            ++i;
            continue;
        }
        Word w;
        w.start = i;
        w.spaceBefore = space || out.isEmpty();
        w.lineBefore = newlines > 0;
        if (newlines >= 2)
            ++paragraphs;
        int j = i + 1;
        if (c.isLetter()) {
            while (j < n && (text.at(j).isLetter() || text.at(j).isMark()))
                ++j;
            // Q3, H1, G20: letters and digits together are one word
            if (j < n && text.at(j).isDigit()) {
                while (j < n && text.at(j).isLetterOrNumber())
                    ++j;
            }
            if (j - i == 1 && j + 1 < n && text.at(j) == QLatin1Char('.') && text.at(j + 1).isLetter() &&
                (j + 2 >= n || !text.at(j + 2).isLetter())) {
                // a.m., p.m., U.S.: letters joined by periods
                int k = j;
                while (k + 1 < n && text.at(k) == QLatin1Char('.') && text.at(k + 1).isLetter() &&
                       (k + 2 >= n || !text.at(k + 2).isLetter()))
                    k += 2;
                if (k < n && text.at(k) == QLatin1Char('.'))
                    ++k;
                j = k;
            } else if (j < n && text.at(j) == QLatin1Char('.') && c.isUpper() &&
                       d->vocabulary.isAbbreviation(text.mid(i, j - i).toString().toLower())) {
                ++j;
            }
            w.capitalized = c.isUpper();
        } else if (c.isDigit()) {
            while (j < n && (text.at(j).isDigit() ||
                             ((text.at(j) == QLatin1Char(',') || text.at(j) == QLatin1Char('.') ||
                               text.at(j) == QLatin1Char(':')) &&
                              j + 1 < n && text.at(j + 1).isDigit())))
                ++j;
            // 1980s, 1st, 22nd
            int k = j;
            while (k < n && text.at(k).isLetter())
                ++k;
            const QString suffix = text.mid(j, k - j).toString().toLower();
            if (suffix == QLatin1String("s") || suffix == QLatin1String("st") ||
                suffix == QLatin1String("nd") || suffix == QLatin1String("rd") ||
                suffix == QLatin1String("th"))
                j = k;
        } else if (isApostrophe(c) && !space && i + 1 < n &&
                   (text.at(i + 1) == QLatin1Char('s') || text.at(i + 1) == QLatin1Char('S')) &&
                   (i + 2 >= n || !text.at(i + 2).isLetter())) {
            j = i + 2; // possessive 's
        } else if (isApostrophe(c) &&
                   (space || (!text.at(i - 1).isLetterOrNumber() && !isApostrophe(text.at(i - 1)))) &&
                   i + 2 < n && text.at(i + 1).isDigit() && text.at(i + 2).isDigit() &&
                   (i + 3 >= n || !text.at(i + 3).isDigit())) {
            j = i + 3; // '89, '80s
            if (j < n && text.at(j) == QLatin1Char('s'))
                ++j;
        }
        QString lower = text.mid(i, j - i).toString().toLower();
        if (isApostrophe(c))
            lower[0] = QLatin1Char('\'');
        else if (j == i + 1 && isDash(c))
            lower = QStringLiteral("-");
        w.lower = lower;
        w.id = d->vocabulary.idOf(w.lower); // 0, and neither number nor ordinal, when unknown
        w.numberWord = d->vocabulary.numberValue(w.id);
        w.ordinalWord = d->vocabulary.ordinalValue(w.id);
        w.end = j;
        if (c.isDigit()) {
            QString plain = lower;
            plain.remove(QLatin1Char(','));
            bool ok = false;
            const double v = plain.toDouble(&ok);
            if (ok)
                w.number = v;
        }
        if ((lower == QLatin1String("-") || lower == QLatin1String("/")) && !space && j < n &&
            !text.at(j).isSpace())
            w.glue = true;
        // Sentence index: from the splitter's starts, and a blank line always separates.
        while (nextStart < sentenceStarts.size() && sentenceStarts.at(nextStart) <= i) {
            ++nextStart;
            ++sentence;
        }
        w.sentence = sentence + paragraphs;
        out.append(std::move(w));
        space = false;
        newlines = 0;
        i = j;
    }
    return out;
}

int TemporalPatterns::prefixBefore(const QVector<Word> &words, int first, QString *mod) const
{
    int best = 0;
    for (const PatternPrefix &p : d->rules.prefixes()) {
        int j = first - 1;
        bool ok = true;
        int used = 0;
        for (int k = p.words.size() - 1; k >= 0; --k) {
            if (j >= 0 && words.at(j).glue && k == p.words.size() - 1)
                --j; // mid-1990s
            if (j < 0 || words.at(j).lower != p.words.at(k) ||
                words.at(j).sentence != words.at(first).sentence) {
                ok = false;
                break;
            }
            --j;
        }
        if (!ok)
            continue;
        used = first - 1 - j;
        if (used > best) {
            best = used;
            *mod = p.mod;
        }
    }
    return best;
}

QVector<TemporalPatterns::Match> TemporalPatterns::match(const QVector<Word> &words) const
{
    return PatternMatcher(d->vocabulary, d->rules).match(words);
}

} // namespace al
