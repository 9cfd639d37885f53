#include "clicommand.h"

#include "articleloader.h"
#include "batchcommand.h"
#include "cliargs.h"
#include "clicorrect.h"
#include "cliexport.h"
#include "clireading.h"
#include "conlltagger.h"
#include "librarycommand.h"
#include "outputguard.h"
#include "pdfannotator.h"
#include "pdfexporter.h"
#include "resources.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace al {

CliCommand::CliCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

QString CliCommand::helpText()
{
    QString text = QStringLiteral(
        "Usage: articlelens-cli COMMAND [OPTIONS]\n"
        "\n"
        "Reads news articles offline and finds the people, organisations, places, dates, actors,\n"
        "relationships and events in them.\n"
        "\n"
        "Commands:\n"
        "  analyze FILE [--date YYYY-MM-DD] [--compact] [--no-corrections]\n"
        "      Prints the analysis of FILE (.txt, .html, .htm, .md, .pdf) as one JSON object,\n"
        "      with the corrections saved in its sidecar (FILE.articlelens.json) applied.\n"
        "      --date sets the article's date (the reference for 'last month', 'on Monday');\n"
        "      without it the date is the one chosen in the window, else from the file's\n"
        "      metadata, a date line in the text, or the file's modification time.\n"
        "  tag --conll FILE\n"
        "      Reads CoNLL columns (token first; blank lines end sentences; -DOCSTART- starts a\n"
        "      document) and prints each line with the predicted IOB2 entity tag appended.\n"
        "  export-pdf FILE -o OUT.pdf [--date YYYY-MM-DD] [--page-size A4|Letter]\n"
        "             [--types PERSON,ORGANIZATION,LOCATION,MISC,DATE] [--no-appendix]\n"
        "             [--annotate-original] [--no-corrections]\n"
        "      Analyses FILE and writes the reading as a PDF: the article with every name and\n"
        "      date highlighted (real PDF highlight annotations with notes), then the actors,\n"
        "      relationships and timeline. --types limits the highlighted types;\n"
        "      --annotate-original (FILE must be a PDF) adds the highlights to a copy of the\n"
        "      original pages instead. FILE itself is never changed.\n"
        "  --help     Shows this text.\n"
        "  --version  Shows the version.\n"
        "\n"
        "Exit codes: 0 success, 1 bad input (the message is on stderr), 2 usage error.\n");
    // The modes with their own classes bring their own help, before the general options.
    text.insert(text.indexOf(QLatin1String("  --help ")),
                CliCorrect::helpText() + CliExport::helpText() + BatchCommand::helpText() +
                    LibraryCommand::helpText());
    return text;
}

int CliCommand::usageError(const QString &message)
{
    return CliArgs::usage(m_err, message);
}

int CliCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    if (!args.isEmpty())
        args.removeFirst(); // program name
    if (args.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        m_out << helpText();
        m_out.flush();
        return Success;
    }
    if (command == QLatin1String("--version")) {
        m_out << "articlelens-cli " << ARTICLELENS_VERSION << "\n"
              << "resources: " << QDir::toNativeSeparators(Resources::directory()) << "\n";
        m_out.flush();
        return Success;
    }
    if (args.contains(QLatin1String("--help"))) {
        m_out << helpText();
        m_out.flush();
        return Success;
    }
    if (command == QLatin1String("analyze"))
        return analyze(args);
    if (command == QLatin1String("tag"))
        return tag(args);
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

int CliCommand::analyze(const QStringList &arguments)
{
    QStringList args = arguments;
    QString dateText;
    bool hasDate = false;
    if (!CliArgs::takeOption(args, QStringLiteral("--date"), &dateText, &hasDate))
        return usageError(QStringLiteral("--date needs a value (YYYY-MM-DD)"));
    const bool compact = CliArgs::takeFlag(args, QStringLiteral("--compact"));
    const bool noCorrections = CliArgs::takeFlag(args, QStringLiteral("--no-corrections"));
    for (const QString &a : args)
        if (a.startsWith(QLatin1String("--")))
            return usageError(QStringLiteral("unknown option '%1'").arg(a));
    if (args.size() != 1)
        return usageError(args.isEmpty() ? QStringLiteral("analyze needs a FILE")
                                         : QStringLiteral("analyze takes one FILE"));
    CliReading::Options options;
    options.corrections = !noCorrections;
    if (hasDate) {
        options.date = QDate::fromString(dateText, Qt::ISODate);
        if (!options.date.isValid())
            return usageError(
                QStringLiteral("--date '%1' is not a date of the form YYYY-MM-DD").arg(dateText));
    }
    const Result<CliReading> reading = CliReading::open(args.first(), options);
    if (!reading.ok())
        return CliArgs::badInput(m_err, reading.error());
    for (const QString &n : reading->notices())
        m_err << "articlelens-cli: " << n << "\n";
    m_err.flush();
    m_out << QString::fromUtf8(reading->analysis().toJsonBytes(!compact));
    m_out.flush();
    return Success;
}

int CliCommand::tag(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool conll = CliArgs::takeFlag(args, QStringLiteral("--conll"));
    if (!conll)
        return usageError(QStringLiteral("tag needs --conll FILE"));
    if (args.size() != 1)
        return usageError(QStringLiteral("tag --conll takes one FILE"));
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << "articlelens-cli: " << args.first() << ": " << file.errorString() << "\n";
        m_err.flush();
        return BadInput;
    }
    const Result<bool> r = ConllTagger::run(file, m_out);
    m_out.flush();
    if (!r.ok()) {
        m_err << "articlelens-cli: " << args.first() << ": " << r.error() << "\n";
        m_err.flush();
        return BadInput;
    }
    return Success;
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
    const Result<CliReading> reading = CliReading::open(input, load);
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
