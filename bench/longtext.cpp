#include "longtext.h"

#include "analysis.h"
#include "articleloader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace al {

namespace {

QStringList teamBodies()
{
    QStringList out;
    for (const QString &dir : {QStringLiteral(ARTICLELENS_SOURCE_DIR "/bench/data"),
                               QStringLiteral(ARTICLELENS_SOURCE_DIR "/tests/data"),
                               QStringLiteral(ARTICLELENS_SOURCE_DIR "/tests/data/export"),
                               QStringLiteral(ARTICLELENS_SOURCE_DIR "/resources/samples")}) {
        const QDir d(dir);
        for (const QString &name : d.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            const Result<Article> a = ArticleLoader::load(d.filePath(name));
            if (a.ok() && !out.contains(a->text.mid(a->titleEnd).trimmed()))
                out << a->text.mid(a->titleEnd).trimmed();
        }
    }
    return out;
}

QStringList tempEvalBodies()
{
    QStringList files;
    QDirIterator it(QStringLiteral(ARTICLELENS_SOURCE_DIR "/../shared/data/tempeval3/train"),
                    {QStringLiteral("*.tml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort(); // the same text on every machine
    QStringList out;
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = LongText::timeMlText(f.readAll());
        if (!text.isEmpty())
            out << text;
    }
    return out;
}

} // namespace

bool LongText::parseSource(const QString &name, Source *source)
{
    for (Source s : {Source::Team, Source::TempEval, Source::Mixed})
        if (name == sourceName(s)) {
            *source = s;
            return true;
        }
    return false;
}

QString LongText::sourceName(Source source)
{
    switch (source) {
    case Source::Team: return QStringLiteral("team");
    case Source::TempEval: return QStringLiteral("tempeval");
    case Source::Mixed: break;
    }
    return QStringLiteral("mixed");
}

QStringList LongText::bodies(Source source, QString *error)
{
    const QStringList team = source == Source::TempEval ? QStringList() : teamBodies();
    const QStringList tempEval = source == Source::Team ? QStringList() : tempEvalBodies();
    if ((source != Source::TempEval && team.isEmpty()) || (source != Source::Team && tempEval.isEmpty())) {
        if (error)
            *error = team.isEmpty() && source != Source::TempEval
                         ? QStringLiteral("no team articles under " ARTICLELENS_SOURCE_DIR)
                         : QStringLiteral("no TempEval-3 texts under " ARTICLELENS_SOURCE_DIR
                                          "/../shared/data/tempeval3/train");
        return {};
    }
    if (source != Source::Mixed)
        return source == Source::Team ? team : tempEval;
    // In turn: a team article after every TempEval text, the team's cycling on its own.
    QStringList out;
    for (qsizetype i = 0; i < tempEval.size(); ++i)
        out << tempEval[i] << team[i % team.size()];
    return out;
}

QString LongText::compose(const QStringList &bodies, int words, const QString &title)
{
    QString text = title + QStringLiteral("\n\n");
    if (bodies.isEmpty())
        return text;
    QVector<int> counts;
    for (const QString &body : bodies) {
        Analysis probe;
        probe.text = body;
        counts << std::max(1, probe.wordCount());
    }
    for (qsizetype k = 0, total = 0; total < words; ++k) {
        text += bodies[k % bodies.size()] + QStringLiteral("\n\n");
        total += counts[k % bodies.size()];
    }
    return text;
}

QString LongText::timeMlText(const QByteArray &xml)
{
    const QString all = QString::fromUtf8(xml);
    const qsizetype from = all.indexOf(QLatin1String("<TEXT>"));
    const qsizetype to = all.indexOf(QLatin1String("</TEXT>"));
    if (from < 0 || to < from)
        return {};
    QString text = all.mid(from + 6, to - from - 6);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    text.remove(tag);
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&apos;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    // Paragraphs are blank-line separated; single line breaks are wrapping.
    QStringList paragraphs;
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    for (const QString &p : text.split(blank, Qt::SkipEmptyParts)) {
        const QString s = p.simplified();
        if (!s.isEmpty())
            paragraphs << s;
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace al
