#include "batchcommand.h"

#include "cliargs.h"
#include "libraryimporter.h"
#include "parallelanalyzer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <deque>

namespace al {

namespace {

// One input line as a job; `error` set when the line cannot be one.
ParallelAnalyzer::Job parseLine(const QByteArray &raw, const QDate &defaultDate, QString *error)
{
    ParallelAnalyzer::Job job;
    job.date = defaultDate;
    const QByteArray line = raw.trimmed();
    if (line.startsWith('{')) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            *error = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
            return job;
        }
        const QJsonObject o = doc.object();
        job.path = o.value(QStringLiteral("path")).toString();
        if (job.path.isEmpty())
            *error = QStringLiteral("the line has no \"path\"");
        const QString date = o.value(QStringLiteral("date")).toString();
        if (!date.isEmpty()) {
            job.date = QDate::fromString(date, Qt::ISODate);
            if (!job.date.isValid())
                *error = QStringLiteral("\"date\" '%1' is not of the form YYYY-MM-DD").arg(date);
        }
        return job;
    }
    job.path = QString::fromUtf8(line);
    return job;
}

QByteArray errorLine(const QString &path, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("error"), message}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

BatchCommand::BatchCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int BatchCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    QString dateText, threadsText;
    bool hasDate = false, hasThreads = false;
    auto usage = [this](const QString &message) {
        m_err << "articlelens-cli batch: " << message << "\nTry 'articlelens-cli --help'.\n";
        m_err.flush();
        return 2;
    };
    if (!CliArgs::takeOption(args, QStringLiteral("--date"), &dateText, &hasDate))
        return usage(QStringLiteral("--date needs a value (YYYY-MM-DD)"));
    if (!CliArgs::takeOption(args, QStringLiteral("--threads"), &threadsText, &hasThreads))
        return usage(QStringLiteral("--threads needs a number"));
    if (const QString option = CliArgs::firstOption(args); !option.isEmpty())
        return usage(QStringLiteral("unknown option '%1'").arg(option));
    QDate date;
    if (hasDate && !(date = QDate::fromString(dateText, Qt::ISODate)).isValid())
        return usage(QStringLiteral("--date '%1' is not a date of the form YYYY-MM-DD").arg(dateText));
    const int threads = hasThreads ? threadsText.toInt() : 0;
    if (hasThreads && threads <= 0)
        return usage(QStringLiteral("--threads '%1' is not a positive number").arg(threadsText));

    // Lines go straight to stdout as they are ready, in order; QTextStream would re-encode them.
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    m_out.flush();
    QFile in;
    QStringList paths;
    int nextPath = 0;
    if (!args.isEmpty()) {
        QStringList missing;
        paths = LibraryImporter::collect(args, &missing);
        // A missing path still gets its error line, in its place.
        for (const QString &m : missing)
            paths << m;
    } else if (!in.open(stdin, QIODevice::ReadOnly)) {
        m_err << "articlelens-cli: standard input cannot be read\n";
        m_err.flush();
        return 1;
    }

    ParallelAnalyzer analyzer(threads);
    // Lines that are not jobs keep their place in the output as error lines.
    struct Slot
    {
        bool job = false;
        QByteArray line;
    };
    std::deque<Slot> order;
    int errors = 0, analysed = 0;
    bool inputDone = false;
    auto readMore = [&]() {
        while (!inputDone && analyzer.canSubmit()) {
            QString error;
            ParallelAnalyzer::Job job;
            if (!args.isEmpty()) {
                if (nextPath >= paths.size()) {
                    inputDone = true;
                    break;
                }
                job.path = paths[nextPath++];
                job.date = date;
            } else {
                // atEnd() may say "end" on a pipe whose writer is only slow; an empty read is the end.
                const QByteArray raw = in.readLine();
                if (raw.isEmpty()) {
                    inputDone = true;
                    break;
                }
                if (raw.trimmed().isEmpty())
                    continue;
                job = parseLine(raw, date, &error);
            }
            if (!error.isEmpty()) {
                order.push_back({false, errorLine(job.path, error)});
                continue;
            }
            analyzer.submit(job);
            order.push_back({true, {}});
        }
    };
    for (;;) {
        readMore();
        if (order.empty())
            break;
        Slot slot = std::move(order.front());
        order.pop_front();
        QByteArray line;
        if (!slot.job) {
            line = slot.line;
            ++errors;
        } else {
            const ParallelAnalyzer::Outcome o = analyzer.take();
            if (o.ok) {
                QJsonObject json = o.analysis.toJson();
                json.insert(QStringLiteral("checksum"), o.checksum);
                line = QJsonDocument(json).toJson(QJsonDocument::Compact);
                ++analysed;
            } else {
                line = errorLine(o.job.path, o.error);
                ++errors;
            }
        }
        line += '\n';
        if (out.write(line) != line.size()) {
            m_err << "articlelens-cli: standard output cannot be written; stopping\n";
            m_err.flush();
            return 1;
        }
    }
    m_err << QStringLiteral("articlelens-cli: batch: %1 analysed, %2 errors\n").arg(analysed).arg(errors);
    m_err.flush();
    return 0;
}

} // namespace al
