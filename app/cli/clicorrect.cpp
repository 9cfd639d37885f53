#include "clicorrect.h"

#include "articleloader.h"
#include "cliargs.h"
#include "correctionscript.h"
#include "pipeline.h"
#include "readingdocument.h"

#include <QDir>
#include <QUndoStack>

namespace al {

CliCorrect::CliCorrect(QIODevice &in, QTextStream &err) : m_in(in), m_err(err) {}

int CliCorrect::run(const QStringList &arguments)
{
    QStringList args = arguments;
    QString dateText, undoText;
    bool hasDate = false, hasUndo = false;
    if (!CliArgs::takeOption(args, QStringLiteral("--date"), &dateText, &hasDate))
        return CliArgs::usage(m_err, QStringLiteral("--date needs a value (YYYY-MM-DD)"));
    if (!CliArgs::takeOption(args, QStringLiteral("--undo"), &undoText, &hasUndo))
        return CliArgs::usage(m_err, QStringLiteral("--undo needs a number"));
    if (const QString unknown = CliArgs::firstOption(args); !unknown.isEmpty())
        return CliArgs::usage(m_err, QStringLiteral("unknown option '%1'").arg(unknown));
    if (args.size() != 1)
        return CliArgs::usage(m_err, args.isEmpty() ? QStringLiteral("correct needs a FILE")
                                                    : QStringLiteral("correct takes one FILE"));
    bool ok = true;
    const int undo = hasUndo ? undoText.toInt(&ok) : 0;
    if (!ok || undo < 0)
        return CliArgs::usage(m_err,
                              QStringLiteral("--undo '%1' is not a number of corrections").arg(undoText));
    LoadOptions load;
    if (hasDate) {
        load.date = QDate::fromString(dateText, Qt::ISODate);
        if (!load.date.isValid())
            return CliArgs::usage(
                m_err, QStringLiteral("--date '%1' is not a date of the form YYYY-MM-DD").arg(dateText));
    }

    const QString path = args.first();
    // Read the whole input first: a bad line must stop the run before the article is analysed.
    QList<QByteArray> lines;
    if (!hasUndo)
        lines = m_in.readAll().split('\n');

    ReadingDocument doc;
    doc.setAutosaveDelay(-1);
    doc.open(path);
    if (!doc.notice().isEmpty())
        m_err << "articlelens-cli: " << doc.notice() << "\n";
    if (!load.date.isValid() && doc.chosenDate().isValid()) {
        load.date = doc.chosenDate();
        load.dateSource = DateSource::User;
    }
    const Result<Article> article = ArticleLoader::load(path, load);
    if (!article.ok())
        return CliArgs::badInput(m_err, article.error());
    doc.setAutomatic(Pipeline::shared().run(article.value()));

    int applied = 0;
    if (hasUndo) {
        const int have = doc.undoStack()->index();
        if (undo > have)
            return CliArgs::badInput(
                m_err, QStringLiteral("there are only %1 correction(s) to take back").arg(have));
        for (int i = 0; i < undo; ++i)
            doc.undoStack()->undo();
    } else {
        for (int i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            if (line.isEmpty())
                continue;
            const Result<CorrectionStep> step = CorrectionScript::parse(line, doc.analysis());
            QString why;
            if (!step.ok())
                why = step.error();
            else if (!doc.apply(step.value(), &why))
                why = QStringLiteral("'%1' cannot be applied: %2").arg(step->text, why);
            if (!why.isEmpty())
                return CliArgs::badInput(
                    m_err, QStringLiteral("line %1: %2; nothing was saved").arg(i + 1).arg(why));
            ++applied;
        }
    }
    for (const CorrectionLayer::Orphan &o : doc.orphans())
        m_err << "articlelens-cli: orphaned correction " << o.step + 1 << " (\"" << o.text
              << "\"): " << o.reason << "\n";
    QString error;
    if (!doc.save(&error))
        return CliArgs::badInput(m_err, QStringLiteral("the corrections could not be saved: %1").arg(error));
    const QString where = QDir::toNativeSeparators(doc.sidecarPath());
    if (hasUndo)
        m_err << "articlelens-cli: took back " << undo << " correction(s); " << doc.steps().size()
              << " remain in " << where << "\n";
    else
        m_err << "articlelens-cli: applied " << applied << " correction(s); " << doc.steps().size() << " in "
              << where << "\n";
    m_err.flush();
    return 0;
}

} // namespace al
