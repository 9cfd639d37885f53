#include "corecommand.h"

#include "cliargs.h"
#include "clihelp.h"
#include "clireading.h"
#include "conlltagger.h"
#include "readerregistry.h"
#include "resources.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace al {

CoreCommand::CoreCommand(QTextStream &out, QTextStream &err, const ReaderRegistry &readers)
    : m_out(out), m_err(err), m_readers(readers)
{}

void CoreCommand::prepare(QTextStream &out, QTextStream &err)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ArticleLens"));
    QCoreApplication::setApplicationName(QStringLiteral("ArticleLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARTICLELENS_VERSION));
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
}

int CoreCommand::usageError(const QString &message)
{
    return CliArgs::usage(m_err, message);
}

int CoreCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    if (!args.isEmpty())
        args.removeFirst(); // program name
    if (args.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        m_out << CliHelp::text();
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
        m_out << CliHelp::text();
        m_out.flush();
        return Success;
    }
    if (command == QLatin1String("analyze"))
        return analyze(args);
    if (command == QLatin1String("tag"))
        return tag(args);
    return NotHere;
}

bool CoreCommand::readsHere(const QString &path) const
{
    // Every reader reads every file; the light program's readers those that need no other.
    if (&m_readers != &ReaderRegistry::coreOnly())
        return true;
    QFile file(path);
    // A file that cannot be opened gets the loader's message, the same in both programs.
    if (!file.open(QIODevice::ReadOnly))
        return true;
    return ReaderRegistry::coreOnlyReads(QFileInfo(path).suffix().toLower(), file.read(1024));
}

int CoreCommand::analyze(const QStringList &arguments)
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
    if (!readsHere(args.first()))
        return NotHere;
    CliReading::Options options;
    options.corrections = !noCorrections;
    if (hasDate) {
        options.date = QDate::fromString(dateText, Qt::ISODate);
        if (!options.date.isValid())
            return usageError(
                QStringLiteral("--date '%1' is not a date of the form YYYY-MM-DD").arg(dateText));
    }
    const Result<CliReading> reading = CliReading::open(args.first(), options, m_readers);
    if (!reading.ok())
        return CliArgs::badInput(m_err, reading.error());
    for (const QString &n : reading->notices())
        m_err << "articlelens-cli: " << n << "\n";
    m_err.flush();
    const QByteArray json = reading->analysis().toJsonBytes(!compact);
    // The stream writes UTF-8 (prepare()) and the JSON is UTF-8 already: to a file or a pipe it
    // goes as it is, not decoded and encoded again (1.3 s of CPU at a million words).
    if (QIODevice *device = m_out.device()) {
        m_out.flush();
        device->write(json);
    } else {
        m_out << QString::fromUtf8(json);
    }
    m_out.flush();
    return Success;
}

int CoreCommand::tag(const QStringList &arguments)
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

} // namespace al
