#include "cliexport.h"

#include "cliargs.h"
#include "clireading.h"
#include "exportformats.h"
#include "readerregistry.h"

#include <QDir>

namespace al {

CliExport::CliExport(QTextStream &err) : m_err(err) {}

int CliExport::run(const QStringList &arguments)
{
    QStringList args = arguments;
    QString format, output, longOutput, dateText;
    bool hasFormat = false, hasOutput = false, hasLongOutput = false, hasDate = false;
    if (!CliArgs::takeOption(args, QStringLiteral("--format"), &format, &hasFormat))
        return CliArgs::usage(
            m_err,
            QStringLiteral("--format needs a value (%1)").arg(ExportFormats::names().join(QLatin1Char('|'))));
    if (!CliArgs::takeOption(args, QStringLiteral("-o"), &output, &hasOutput) ||
        !CliArgs::takeOption(args, QStringLiteral("--output"), &longOutput, &hasLongOutput))
        return CliArgs::usage(m_err, QStringLiteral("-o needs a file or folder name"));
    if (hasLongOutput)
        output = longOutput;
    if (!CliArgs::takeOption(args, QStringLiteral("--date"), &dateText, &hasDate))
        return CliArgs::usage(m_err, QStringLiteral("--date needs a value (YYYY-MM-DD)"));
    CliReading::Options options;
    options.corrections = !CliArgs::takeFlag(args, QStringLiteral("--no-corrections"));
    if (const QString unknown = CliArgs::firstOption(args); !unknown.isEmpty())
        return CliArgs::usage(m_err, QStringLiteral("unknown option '%1'").arg(unknown));
    if (args.size() != 1)
        return CliArgs::usage(m_err, args.isEmpty() ? QStringLiteral("export needs a FILE")
                                                    : QStringLiteral("export takes one FILE"));
    if (!hasFormat || !ExportFormats::find(format))
        return CliArgs::usage(
            m_err,
            QStringLiteral("export needs --format %1").arg(ExportFormats::names().join(QLatin1Char('|'))));
    if (output.isEmpty())
        return CliArgs::usage(m_err, QStringLiteral("export needs -o OUT"));
    if (hasDate) {
        options.date = QDate::fromString(dateText, Qt::ISODate);
        if (!options.date.isValid())
            return CliArgs::usage(
                m_err, QStringLiteral("--date '%1' is not a date of the form YYYY-MM-DD").arg(dateText));
    }
    const Result<CliReading> reading = CliReading::open(args.first(), options, ReaderRegistry::instance());
    if (!reading.ok())
        return CliArgs::badInput(m_err, reading.error());
    for (const QString &n : reading->notices())
        m_err << "articlelens-cli: " << n << "\n";
    const Result<QStringList> written = ExportFormats::write(format, reading->analysis(), output);
    if (!written.ok())
        return CliArgs::badInput(m_err, written.error());
    QStringList shown;
    for (const QString &p : written.value())
        shown << QDir::toNativeSeparators(p);
    m_err << "articlelens-cli: wrote " << shown.join(QStringLiteral(", ")) << "\n";
    m_err.flush();
    return 0;
}

} // namespace al
