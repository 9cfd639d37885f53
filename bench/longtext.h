#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace al {

// Long articles for the benchmarks, made at run time and never committed: the team's own
// articles (bench/data, tests/data, the bundled sample) repeated, or the texts of the
// TempEval-3 training set (../shared/data, read as plain text with the TimeML tags dropped)
// for many distinct people, places and organisations, or both taken in turn. Repeating a
// handful of articles gives few actors however long the text; the TempEval texts bring the
// thousands of distinct actors a long real document has.
class LongText
{
public:
    enum class Source { Team, TempEval, Mixed };

    // "team", "tempeval" or "mixed"; false for anything else.
    static bool parseSource(const QString &name, Source *source);
    static QString sourceName(Source source);

    // The article bodies of a source, without their titles. Empty (and `error` set) when a
    // source's files cannot be found.
    static QStringList bodies(Source source, QString *error = nullptr);

    // A plain-text article of at least `words` words: a title line, then the bodies in turn,
    // again and again, as paragraphs.
    static QString compose(const QStringList &bodies, int words, const QString &title);

    // The article date the benchmarks give such a text.
    static QDate date() { return QDate(2024, 3, 14); }

    // The plain text of a TimeML document: what is between <TEXT> and </TEXT>, tags dropped,
    // entities decoded, paragraphs kept.
    static QString timeMlText(const QByteArray &xml);
};

} // namespace al
