#include "exportformats.h"

#include "atomicfile.h"
#include "bratexporter.h"
#include "csvexporter.h"
#include "graphmlexporter.h"
#include "icsexporter.h"
#include "outputguard.h"
#include "timemlexporter.h"

#include <QDir>
#include <QFileInfo>

namespace al {

namespace {

ExportFiles one(const QString &path, const QByteArray &bytes)
{
    return {ExportFile{path, bytes}};
}

} // namespace

const QVector<ExportFormats::Format> &ExportFormats::all()
{
    static const QVector<Format> formats{
        {QStringLiteral("json"), QStringLiteral("ArticleLens analysis (.json)"), QStringLiteral(".json"),
         QStringLiteral("the analysis document of design.md, corrections applied"),
         [](const Analysis &a, const QString &p) { return one(p, a.toJsonBytes(true)); }},
        {QStringLiteral("csv"), QStringLiteral("CSV tables (folder or .zip)"), QStringLiteral(".zip"),
         QStringLiteral(
             "entities, actors, relations, dates and events, one table each, in a folder or a .zip"),
         &CsvExporter::render},
        {QStringLiteral("brat"), QStringLiteral("brat standoff (.txt + .ann)"), QStringLiteral(".ann"),
         QStringLiteral("NAME.txt and NAME.ann for brat and INCEpTION, with annotation.conf"),
         &BratExporter::render},
        {QStringLiteral("timeml"), QStringLiteral("TimeML (.tml)"), QStringLiteral(".tml"),
         QStringLiteral("TimeML 1.2.1 with TIMEX3, EVENT, MAKEINSTANCE and TLINK"),
         [](const Analysis &a, const QString &p) { return one(p, TimeMlExporter::render(a)); }},
        {QStringLiteral("graphml"), QStringLiteral("GraphML (.graphml)"), QStringLiteral(".graphml"),
         QStringLiteral("actors and relations for Gephi, yEd or Cytoscape"),
         [](const Analysis &a, const QString &p) { return one(p, GraphMlExporter::render(a)); }},
        {QStringLiteral("ics"), QStringLiteral("iCalendar (.ics)"), QStringLiteral(".ics"),
         QStringLiteral("the dated events, for a calendar program"),
         [](const Analysis &a, const QString &p) { return one(p, IcsExporter::render(a)); }},
    };
    return formats;
}

const ExportFormats::Format *ExportFormats::find(const QString &name)
{
    for (const Format &f : all())
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

QStringList ExportFormats::names()
{
    QStringList out;
    for (const Format &f : all())
        out << f.name;
    return out;
}

Result<QStringList> ExportFormats::write(const QString &format, const Analysis &analysis, const QString &path)
{
    using R = Result<QStringList>;
    const Format *f = find(format);
    if (!f)
        return R::failure(QStringLiteral("unknown export format '%1' (use %2)")
                              .arg(format, names().join(QLatin1Char('|'))));
    const ExportFiles files = f->render(analysis, path);
    for (const ExportFile &file : files)
        if (!analysis.path.isEmpty() && OutputGuard::sameFile(file.path, analysis.path))
            return R::failure(QStringLiteral("%1 is the article itself; choose another name for the export")
                                  .arg(file.path));
    // A folder of tables: make it first.
    for (const ExportFile &file : files) {
        const QString folder = QFileInfo(file.path).absolutePath();
        if (!QDir().mkpath(folder))
            return R::failure(
                QStringLiteral("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(folder)));
    }
    QStringList written;
    for (const ExportFile &file : files) {
        const Result<bool> r = AtomicFile::write(file.bytes, file.path);
        if (!r.ok())
            return R::failure(r.error());
        written << file.path;
    }
    return written;
}

} // namespace al
