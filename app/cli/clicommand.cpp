#include "clicommand.h"

#include "articleloader.h"
#include "conlltagger.h"
#include "pipeline.h"

#include <QDate>
#include <QFile>

namespace al {

namespace {

// Pulls "--name value" or "--name=value" out of args; returns false on a missing value.
bool takeOption(QStringList &args, const QString &name, QString *value, bool *present)
{
    *present = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == name) {
            if (i + 1 >= args.size())
                return false;
            *value = args[i + 1];
            *present = true;
            args.remove(i, 2);
            return true;
        }
        if (args[i].startsWith(name + QLatin1Char('='))) {
            *value = args[i].mid(name.size() + 1);
            *present = true;
            args.removeAt(i);
            return true;
        }
    }
    return true;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

} // namespace

CliCommand::CliCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

QString CliCommand::helpText()
{
    return QStringLiteral(
        "Usage: articlelens-cli COMMAND [OPTIONS]\n"
        "\n"
        "Reads news articles offline and finds the people, organisations, places, dates, actors,\n"
        "relationships and events in them.\n"
        "\n"
        "Commands:\n"
        "  analyze FILE [--date YYYY-MM-DD] [--compact]\n"
        "      Prints the analysis of FILE (.txt, .html, .htm, .md, .pdf) as one JSON object.\n"
        "      --date sets the article's date (the reference for 'last month', 'on Monday');\n"
        "      without it the date comes from the file's metadata, a date line in the text,\n"
        "      or the file's modification time.\n"
        "  tag --conll FILE\n"
        "      Reads CoNLL columns (token first; blank lines end sentences; -DOCSTART- starts a\n"
        "      document) and prints each line with the predicted IOB2 entity tag appended.\n"
        "  --help     Shows this text.\n"
        "  --version  Shows the version.\n"
        "\n"
        "Exit codes: 0 success, 1 bad input (the message is on stderr), 2 usage error.\n");
}

int CliCommand::usageError(const QString &message)
{
    m_err << "articlelens-cli: " << message << "\n"
          << "Try 'articlelens-cli --help'.\n";
    m_err.flush();
    return Usage;
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
        m_out << "articlelens-cli " << ARTICLELENS_VERSION << "\n";
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
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}

int CliCommand::analyze(const QStringList &arguments)
{
    QStringList args = arguments;
    QString dateText;
    bool hasDate = false;
    if (!takeOption(args, QStringLiteral("--date"), &dateText, &hasDate))
        return usageError(QStringLiteral("--date needs a value (YYYY-MM-DD)"));
    const bool compact = takeFlag(args, QStringLiteral("--compact"));
    for (const QString &a : args)
        if (a.startsWith(QLatin1String("--")))
            return usageError(QStringLiteral("unknown option '%1'").arg(a));
    if (args.size() != 1)
        return usageError(args.isEmpty() ? QStringLiteral("analyze needs a FILE")
                                         : QStringLiteral("analyze takes one FILE"));
    ArticleLoader::Options options;
    if (hasDate) {
        options.date = QDate::fromString(dateText, Qt::ISODate);
        if (!options.date.isValid())
            return usageError(
                QStringLiteral("--date '%1' is not a date of the form YYYY-MM-DD").arg(dateText));
    }
    const Result<Article> article = ArticleLoader::load(args.first(), options);
    if (!article.ok()) {
        m_err << "articlelens-cli: " << article.error() << "\n";
        m_err.flush();
        return BadInput;
    }
    const Analysis analysis = Pipeline::shared().run(article.value());
    m_out << QString::fromUtf8(analysis.toJsonBytes(!compact));
    m_out.flush();
    return Success;
}

int CliCommand::tag(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool conll = takeFlag(args, QStringLiteral("--conll"));
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
