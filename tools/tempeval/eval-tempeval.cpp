// eval-tempeval: scores the temporal tagger on TempEval-3 TimeML files the way the TempEval-3
// scorer counts: strict and relaxed span precision/recall/F1, type accuracy over relaxed
// matches, and value F1 (a relaxed match with an equal value, counted over all gold and all
// predicted expressions); then value F1 per type and the confusion of expected and given types.
// Runs Tokenizer, SentenceSplitter and TemporalTagger on the plain text of each <TEXT> with the
// document's creation time.
//
//   eval-tempeval [DIR]                        the figures (and the tagger's speed)
//   eval-tempeval --misses                     also every miss, spurious and wrong value
//   eval-tempeval --outcomes run.tsv           also write every place's outcome, for --diff
//   eval-tempeval --diff before.tsv after.tsv  what changed between two runs, by error class:
//                                              wrong→right, right→wrong, and each place
//   eval-tempeval --patterns FILE              another pattern file than the resource
//   eval-tempeval --folds 5 --tune NAME=a,b,c  cross-validates a `param` of the patterns:
//                                              chosen on four folds, scored on the fifth

#include "resources.h"
#include "sentencesplitter.h"
#include "temporalpatterns.h"
#include "temporaltagger.h"
#include "timemlcorpus.h"
#include "timexscorer.h"
#include "tokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace al;

namespace {

void print(const char *label, const TimexScore &s)
{
    auto r = [](qint64 a, qint64 b) { return b ? double(a) / b : 0.0; };
    std::printf("%-9s gold %5lld pred %5lld | strict P %.3f R %.3f F1 %.3f | relaxed P %.3f R %.3f F1 %.3f | "
                "type acc %.3f | value P %.3f R %.3f F1 %.3f\n",
                label, s.gold, s.predicted, r(s.strict, s.predicted), r(s.strict, s.gold), s.strictF1(),
                r(s.relaxed, s.predicted), r(s.relaxed, s.gold), s.relaxedF1(), s.typeAccuracy(),
                r(s.valueRight, s.predicted), r(s.valueRight, s.gold), s.valueF1());
}

void printTypes(const QVector<TimexOutcome> &outcomes)
{
    std::printf("\nvalue F1 per type (recall by the gold type, precision by the given type)\n");
    std::printf("%-9s %6s %6s %8s %8s %8s\n", "type", "gold", "given", "value P", "value R", "value F1");
    const auto types = TimexScorer::byType(outcomes);
    QStringList order = {QStringLiteral("DATE"), QStringLiteral("TIME"), QStringLiteral("DURATION"),
                         QStringLiteral("SET")};
    for (const QString &t : types.keys())
        if (!order.contains(t))
            order << t;
    for (const QString &t : std::as_const(order)) {
        const TimexScorer::TypeFigures f = types.value(t);
        std::printf("%-9s %6lld %6lld %8.3f %8.3f %8.3f\n", qPrintable(t), f.gold, f.predicted, f.precision(),
                    f.recall(), f.f1());
    }

    std::printf("\ntypes: expected (rows) against given (columns); none = missed or spurious\n");
    const auto table = TimexScorer::confusion(outcomes);
    QStringList columns = {QStringLiteral("DATE"), QStringLiteral("TIME"), QStringLiteral("DURATION"),
                           QStringLiteral("SET")};
    for (auto row = table.cbegin(); row != table.cend(); ++row)
        for (auto c = row->cbegin(); c != row->cend(); ++c)
            if (!columns.contains(c.key()) && c.key() != QLatin1String("none"))
                columns << c.key();
    columns << QStringLiteral("none");
    QStringList rows = columns;
    std::printf("%-9s", "");
    for (const QString &c : std::as_const(columns))
        std::printf(" %8s", qPrintable(c));
    std::printf("\n");
    for (const QString &r : std::as_const(rows)) {
        if (!table.contains(r))
            continue;
        std::printf("%-9s", qPrintable(r));
        for (const QString &c : std::as_const(columns))
            std::printf(" %8lld", table.value(r).value(c));
        std::printf("\n");
    }
}

QString context(const QString &text, int start, int end)
{
    const int from = qMax(0, start - 50);
    const int to = qMin(text.size(), end + 50);
    QString s = text.mid(from, start - from) + QLatin1Char('[') + text.mid(start, end - start) +
                QLatin1Char(']') + text.mid(end, to - end);
    return s.simplified();
}

void printMisses(const TimeMLDocument &doc, const QVector<TimexOutcome> &outcomes)
{
    const QByteArray dct = doc.dct.toString(Qt::ISODate).toUtf8();
    const QByteArray name = doc.name.toUtf8();
    for (const TimexOutcome &o : outcomes) {
        if (o.hasGold() && !o.hasPrediction()) {
            std::printf("MISS  %s %s %-9s %-12s %s\n", name.constData(), dct.constData(),
                        qPrintable(o.goldType), qPrintable(o.goldValue),
                        qPrintable(context(doc.text, o.goldStart, o.goldEnd)));
        } else if (!o.hasGold()) {
            std::printf("FALSE %s %s %-9s %-12s %s\n", name.constData(), dct.constData(),
                        qPrintable(o.predType), qPrintable(o.predValue),
                        qPrintable(context(doc.text, o.predStart, o.predEnd)));
        } else {
            if (!o.strict())
                std::printf("SPAN  %s gold [%s] pred [%s]\n", name.constData(), qPrintable(o.goldText),
                            qPrintable(o.predText));
            std::printf("HIT   %s %s %s [%s] | %s\n", name.constData(), o.valueRight() ? "ok" : "bad",
                        qPrintable(o.predValue), qPrintable(o.predText),
                        qPrintable(context(doc.text, o.predStart, o.predEnd)));
            if (!o.valueRight() || !o.typeRight())
                std::printf("VALUE %s %s gold %s %s pred %s %s | %s\n", name.constData(), dct.constData(),
                            qPrintable(o.goldType), qPrintable(o.goldValue), qPrintable(o.predType),
                            qPrintable(o.predValue), qPrintable(context(doc.text, o.goldStart, o.goldEnd)));
        }
    }
}

QString describe(const TimexOutcome &o)
{
    if (!o.hasPrediction())
        return QStringLiteral("-");
    return QStringLiteral("%1 %2 [%3]").arg(o.predType, o.predValue, o.predText);
}

int runDiff(const QString &beforePath, const QString &afterPath)
{
    QVector<TimexOutcome> before, after;
    QString error;
    if (!TimexScorer::read(beforePath, &before, &error) || !TimexScorer::read(afterPath, &after, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QVector<TimexScorer::Change> changes = TimexScorer::diff(before, after);
    struct Counts
    {
        int fixed = 0, broken = 0, stillWrong = 0, typeFixed = 0, typeBroken = 0;
    };
    QMap<QString, Counts> byClass;
    Counts total;
    for (const TimexScorer::Change &c : changes) {
        Counts &k = byClass[c.errorClass];
        for (Counts *x : {&k, &total}) {
            if (!c.before.right() && c.after.right())
                ++x->fixed;
            else if (c.before.right() && !c.after.right())
                ++x->broken;
            else if (!c.after.right())
                ++x->stillWrong;
            if (c.before.hasGold() && c.before.hasPrediction() && c.after.hasPrediction()) {
                x->typeFixed += !c.before.typeRight() && c.after.typeRight();
                x->typeBroken += c.before.typeRight() && !c.after.typeRight();
            }
        }
    }
    print("before", TimexScorer::score(before));
    print("after", TimexScorer::score(after));
    std::printf("\n%-18s %12s %12s %12s %10s %10s\n", "class", "wrong→right", "right→wrong", "wrong→wrong",
                "type fixed", "type broken");
    auto row = [](const QString &name, const Counts &k) {
        std::printf("%-18s %12d %12d %12d %10d %10d\n", qPrintable(name), k.fixed, k.broken, k.stillWrong,
                    k.typeFixed, k.typeBroken);
    };
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it)
        row(it.key(), it.value());
    row(QStringLiteral("total"), total);
    std::printf("\n");
    for (const TimexScorer::Change &c : changes) {
        const char *what = !c.before.right() && c.after.right()   ? "FIXED "
                           : c.before.right() && !c.after.right() ? "BROKEN"
                                                                  : "CHANGE";
        const TimexOutcome &g = c.before.hasGold() ? c.before : c.after;
        std::printf("%s %-18s %s gold %s | before %s | after %s\n", what, qPrintable(c.errorClass),
                    qPrintable(g.document),
                    g.hasGold()
                        ? qPrintable(QStringLiteral("%1 %2 [%3]").arg(g.goldType, g.goldValue, g.goldText))
                        : "-",
                    qPrintable(describe(c.before)), qPrintable(describe(c.after)));
    }
    return 0;
}

struct Run
{
    QVector<QVector<TimexOutcome>> outcomes; // per document
    QVector<TimexScore> scores;              // per document
};

Run runTagger(const TemporalTagger &tagger, const QVector<TimeMLDocument> &docs,
              const QVector<QVector<Token>> &tokens, const QVector<QVector<Sentence>> &sentences)
{
    Run run;
    for (int i = 0; i < docs.size(); ++i) {
        const TimeMLDocument &doc = docs.at(i);
        const QVector<Timex> predicted = tagger.run(doc.text, tokens.at(i), sentences.at(i), doc.dct);
        run.outcomes << TimexScorer::match(doc.name, doc.timexes, predicted);
        run.scores << TimexScorer::score(run.outcomes.last());
    }
    return run;
}

QString readPatterns(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// Chooses the parameter's value on K-1 folds by value F1 and scores the remaining fold with
// it, for each fold; the pooled held-out score is what the choice is worth on unseen text.
int runCrossValidation(const QString &patternText, const QString &tune, int folds,
                       const QVector<TimeMLDocument> &docs, const QVector<QVector<Token>> &tokens,
                       const QVector<QVector<Sentence>> &sentences)
{
    const QString name = tune.section(QLatin1Char('='), 0, 0);
    const QStringList values = tune.section(QLatin1Char('='), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (name.isEmpty() || values.isEmpty()) {
        std::fprintf(stderr, "--tune NAME=v1,v2,...\n");
        return 2;
    }
    const double inFile = TemporalPatterns::fromText(patternText)->parameter(name, qQNaN());
    std::printf("%d-fold cross-validation of %s over %s (the file says %s); fold = document index mod %d\n",
                folds, qPrintable(name), qPrintable(values.join(QLatin1Char(','))),
                qIsNaN(inFile) ? "nothing" : qPrintable(QString::number(inFile)), folds);
    QVector<Run> runs;
    for (const QString &v : values) {
        QString error;
        auto patterns =
            TemporalPatterns::fromText(patternText + QStringLiteral("\nparam %1 %2\n").arg(name, v), &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "patterns: %s\n", qPrintable(error));
            return 1;
        }
        runs << runTagger(TemporalTagger(patterns), docs, tokens, sentences);
    }
    auto foldScore = [&](const Run &run, int fold, bool heldOut) {
        TimexScore s;
        for (int i = 0; i < docs.size(); ++i)
            if ((i % folds == fold) == heldOut)
                s.add(run.scores.at(i));
        return s;
    };
    std::printf("%-5s", "fold");
    for (const QString &v : values)
        std::printf(" %9s", qPrintable(name.left(4) + QLatin1Char('=') + v));
    std::printf(" | chosen on the other folds -> held-out value F1\n");
    TimexScore pooled;
    QVector<TimexScore> pooledFixed(values.size());
    for (int f = 0; f < folds; ++f) {
        int best = 0;
        double bestF1 = -1;
        for (int k = 0; k < runs.size(); ++k) {
            const double train = foldScore(runs.at(k), f, false).valueF1();
            // Ties keep the earlier value: list the simpler or current choice first.
            if (train > bestF1 + 1e-12) {
                bestF1 = train;
                best = k;
            }
        }
        std::printf("%-5d", f);
        for (int k = 0; k < runs.size(); ++k) {
            const TimexScore held = foldScore(runs.at(k), f, true);
            pooledFixed[k].add(held);
            std::printf(" %9.4f", held.valueF1());
        }
        const TimexScore chosen = foldScore(runs.at(best), f, true);
        pooled.add(chosen);
        std::printf(" | %s -> %.4f\n", qPrintable(values.at(best)), chosen.valueF1());
    }
    std::printf("%-5s", "all");
    for (const TimexScore &s : std::as_const(pooledFixed))
        std::printf(" %9.4f", s.valueF1());
    std::printf(" | cross-validated value F1 %.4f (type acc %.4f)\n", pooled.valueF1(),
                pooled.typeAccuracy());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Scores the temporal tagger on TempEval-3 TimeML files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dir"),
                                 QStringLiteral("Folder with TimeBank/ and AQUAINT/ (default: "
                                                "../shared/data/tempeval3/train); with --diff, two outcome "
                                                "files."));
    parser.addOption(
        {QStringLiteral("misses"), QStringLiteral("List missed, spurious and wrongly valued expressions.")});
    parser.addOption({QStringLiteral("outcomes"),
                      QStringLiteral("Write every expression's outcome to FILE (tab-separated), for --diff."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("diff"), QStringLiteral("Compare two outcome files (BEFORE AFTER) by error class.")});
    parser.addOption({QStringLiteral("patterns"),
                      QStringLiteral("Use this pattern file instead of resources/temporal/patterns.txt."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("folds"), QStringLiteral("Cross-validation folds (default 5)."),
                      QStringLiteral("K"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("tune"),
                      QStringLiteral("Cross-validate a parameter of the patterns: NAME=v1,v2,..."),
                      QStringLiteral("NAME=VALUES")});
    parser.addOption({QStringLiteral("repeat"),
                      QStringLiteral("Run the tagger N times for the timing (default 3; 0: no timing)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);

    if (parser.isSet(QStringLiteral("diff"))) {
        const QStringList files = parser.positionalArguments();
        if (files.size() != 2) {
            std::fprintf(stderr, "--diff BEFORE.tsv AFTER.tsv\n");
            return 2;
        }
        return runDiff(files.at(0), files.at(1));
    }

    QString dir = parser.positionalArguments().value(0);
    if (dir.isEmpty()) {
        dir = QStringLiteral("../shared/data/tempeval3/train");
        if (!QFileInfo(dir).isDir())
            dir = QStringLiteral(ARTICLELENS_SOURCE_DIR "/../shared/data/tempeval3/train");
    }
    QVector<TimeMLDocument> docs;
    QString error;
    if (!TimeMLCorpus::load(dir, &docs, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    QString patternPath = parser.value(QStringLiteral("patterns"));
    if (patternPath.isEmpty())
        patternPath = Resources::path(QStringLiteral("temporal/patterns.txt"));
    const QString patternText = readPatterns(patternPath, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto patterns = TemporalPatterns::fromText(patternText, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(patternPath), qPrintable(error));
        return 1;
    }
    const TemporalTagger tagger(patterns);

    qint64 chars = 0;
    QVector<QVector<Token>> tokens(docs.size());
    QVector<QVector<Sentence>> sentences(docs.size());
    QElapsedTimer prep;
    prep.start();
    for (int i = 0; i < docs.size(); ++i) {
        tokens[i] = Tokenizer::run(docs.at(i).text);
        sentences[i] = SentenceSplitter::run(docs.at(i).text, tokens.at(i));
        chars += docs.at(i).text.size();
    }
    const qint64 prepNs = prep.nsecsElapsed();

    const int folds = qMax(2, parser.value(QStringLiteral("folds")).toInt());
    if (parser.isSet(QStringLiteral("tune")))
        return runCrossValidation(patternText, parser.value(QStringLiteral("tune")), folds, docs, tokens,
                                  sentences);

    const Run run = runTagger(tagger, docs, tokens, sentences);
    QVector<TimexOutcome> all;
    TimexScore timebank, aquaint;
    for (int i = 0; i < docs.size(); ++i) {
        all += run.outcomes.at(i);
        (docs.at(i).corpus == QLatin1String("TimeBank") ? timebank : aquaint).add(run.scores.at(i));
        if (parser.isSet(QStringLiteral("misses")))
            printMisses(docs.at(i), run.outcomes.at(i));
    }
    TimexScore total = timebank;
    total.add(aquaint);
    print("TimeBank", timebank);
    print("AQUAINT", aquaint);
    print("total", total);
    printTypes(all);
    if (parser.isSet(QStringLiteral("folds"))) {
        std::printf("\nvalue F1 per fold (document index mod %d):", folds);
        for (int f = 0; f < folds; ++f) {
            TimexScore s;
            for (int i = f; i < docs.size(); i += folds)
                s.add(run.scores.at(i));
            std::printf(" %.4f", s.valueF1());
        }
        std::printf("\n");
    }

    const QString outcomesPath = parser.value(QStringLiteral("outcomes"));
    if (!outcomesPath.isEmpty() && !TimexScorer::write(all, outcomesPath, &error)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(outcomesPath), qPrintable(error));
        return 1;
    }

    // Speed: the tagger alone over the whole corpus, best of N runs.
    const int repeat = parser.value(QStringLiteral("repeat")).toInt();
    if (repeat <= 0)
        return 0;
    qint64 best = -1;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        qint64 found = 0;
        for (int i = 0; i < docs.size(); ++i)
            found += tagger.run(docs.at(i).text, tokens.at(i), sentences.at(i), docs.at(i).dct).size();
        const qint64 ns = timer.nsecsElapsed();
        if (best < 0 || ns < best)
            best = ns;
        Q_UNUSED(found)
    }
    std::printf("\nspeed: %lld characters in %d documents; tagger %.2f M chars/s; tokenizer+splitter %.2f M "
                "chars/s\n",
                chars, int(docs.size()), chars / (best / 1e9) / 1e6, chars / (prepNs / 1e9) / 1e6);
    return 0;
}
