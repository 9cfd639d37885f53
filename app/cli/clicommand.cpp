#include "clicommand.h"

#include "articleloader.h"
#include "batchcommand.h"
#include "cliargs.h"
#include "clicorrect.h"
#include "cliexport.h"
#include "clireading.h"
#include "corecommand.h"
#include "librarycommand.h"
#include "outputguard.h"
#include "pdfannotator.h"
#include "pdfexporter.h"
#include "readerregistry.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

namespace al {

CliCommand::CliCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int CliCommand::usageError(const QString &message)
{
    return CliArgs::usage(m_err, message);
}

int CliCommand::run(const QStringList &arguments)
{
    // --help, --version, analyze and tag first, as the light program runs them.
    if (const int done = CoreCommand(m_out, m_err, ReaderRegistry::instance()).run(arguments);
        done != CoreCommand::NotHere)
        return done;
    QStringList args = arguments.mid(1); // without the program name
    const QString command = args.takeFirst();
    if (command == QLatin1String("export-pdf"))
        return exportPdf(args);
    if (command == QLatin1String("library"))
        return LibraryCommand(m_out, m_err).run(args);
    if (command == QLatin1String("batch"))
        return BatchCommand(m_out, m_err).run(args);
    if (command == QLatin1String("correct")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return CliArgs::badInput(m_err, QStringLiteral("cannot read stdin"));
        return CliCorrect(in, m_err).run(args);
    }
    if (command == QLatin1String("export"))
        return CliExport(m_err).run(args);
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}

int CliCommand::exportPdf(const QStringList &arguments)
{
    QStringList args = arguments;
    QString output, dateText, pageSizeText, typesText;
    bool hasOutput = false, hasDate = false, hasPageSize = false, hasTypes = false, hasLongOutput = false;
    QString longOutput;
    if (!CliArgs::takeOption(args, QStringLiteral("-o"), &output, &hasOutput) ||
        !CliArgs::takeOption(args, QStringLiteral("--output"), &longOutput, &hasLongOutput))
        return usageError(QStringLiteral("-o needs a file name (OUT.pdf)"));
    if (hasLongOutput) {
        output = longOutput;
        hasOutput = true;
    }
    if (!CliArgs::takeOption(args, QStringLiteral("--date"), &dateText, &hasDate))
        return usageError(QStringLiteral("--date needs a value (YYYY-MM-DD)"));
    if (!CliArgs::takeOption(args, QStringLiteral("--page-size"), &pageSizeText, &hasPageSize))
        return usageError(QStringLiteral("--page-size needs a value (A4 or Letter)"));
    if (!CliArgs::takeOption(args, QStringLiteral("--types"), &typesText, &hasTypes))
        return usageError(QStringLiteral("--types needs a comma-separated list of types"));
    const bool noAppendix = CliArgs::takeFlag(args, QStringLiteral("--no-appendix"));
    const bool annotateOriginal = CliArgs::takeFlag(args, QStringLiteral("--annotate-original"));
    const bool noCorrections = CliArgs::takeFlag(args, QStringLiteral("--no-corrections"));
    for (const QString &a : args)
        if (a.startsWith(QLatin1Char('-')))
            return usageError(QStringLiteral("unknown option '%1'").arg(a));
    if (args.size() != 1)
        return usageError(args.isEmpty() ? QStringLiteral("export-pdf needs a FILE")
                                         : QStringLiteral("export-pdf takes one FILE"));
    if (!hasOutput || output.isEmpty())
        return usageError(QStringLiteral("export-pdf needs -o OUT.pdf"));

    PdfExportOptions options;
    if (hasPageSize) {
        const Result<QPageSize::PageSizeId> size = PdfExporter::pageSizeFromName(pageSizeText);
        if (!size.ok())
            return usageError(size.error());
        options.pageSize = size.value();
    }
    if (hasTypes) {
        options.types.clear();
        const QStringList known = PdfExportOptions().types;
        for (const QString &t : typesText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString type = t.trimmed().toUpper();
            if (!known.contains(type))
                return usageError(
                    QStringLiteral("unknown type '%1' (use %2)").arg(t, known.join(QLatin1Char(','))));
            options.types << type;
        }
    }
    options.appendix = !noAppendix;

    CliReading::Options load;
    load.corrections = !noCorrections;
    if (hasDate) {
        load.date = QDate::fromString(dateText, Qt::ISODate);
        if (!load.date.isValid())
            return usageError(
                QStringLiteral("--date '%1' is not a date of the form YYYY-MM-DD").arg(dateText));
    }
    const QString input = args.first();
    if (const Result<bool> safe = OutputGuard::check(output, {input}); !safe.ok()) {
        m_err << "articlelens-cli: " << safe.error() << "\n";
        m_err.flush();
        return BadInput;
    }
    const Result<CliReading> reading = CliReading::open(input, load, ReaderRegistry::instance());
    if (!reading.ok())
        return CliArgs::badInput(m_err, reading.error());
    for (const QString &n : reading->notices())
        m_err << "articlelens-cli: " << n << "\n";
    const Analysis &analysis = reading->analysis();
    const qint64 analysisMs = reading->analysisMs();
    if (annotateOriginal) {
        if (analysis.format != QLatin1String("pdf")) {
            m_err << "articlelens-cli: --annotate-original needs a PDF article; " << input << " is "
                  << analysis.format << "\n";
            m_err.flush();
            return BadInput;
        }
        const Result<PdfAnnotator::Summary> done = PdfAnnotator(options.types).write(analysis, input, output);
        if (!done.ok()) {
            m_err << "articlelens-cli: " << done.error() << "\n";
            m_err.flush();
            return BadInput;
        }
        m_err << QStringLiteral(
                     "articlelens-cli: wrote %1: %2 of %3 mentions highlighted on the original pages\n")
                     .arg(output)
                     .arg(done->placed)
                     .arg(done->mentions);
        m_err.flush();
        return Success;
    }
    const Result<PdfExportSummary> done = PdfExporter(options).write(analysis, output);
    if (!done.ok()) {
        m_err << "articlelens-cli: " << done.error() << "\n";
        m_err.flush();
        return BadInput;
    }
    m_err << QStringLiteral("articlelens-cli: wrote %1: %2 pages, %3 highlighted mentions, %4 links "
                            "(analysis %5 ms, export %6 ms)\n")
                 .arg(output)
                 .arg(done->pages)
                 .arg(done->mentions)
                 .arg(done->links)
                 .arg(analysisMs)
                 .arg(done->elapsedMs);
    m_err.flush();
    return Success;
}

} // namespace al
