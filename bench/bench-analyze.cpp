// bench-analyze: the engine on long texts. For each length (10k, 100k and 1M words by default)
// it builds a text, runs the whole pipeline on it in a fresh process and reports the wall time
// of each stage, the process's CPU time and its peak memory; then the time per 1,000 words, so
// growth faster than the text shows. With --cli it also times `articlelens-cli analyze` as a
// whole process on the same texts, on the reference article and on a one-line file (start-up).
//
//   bench-analyze [--words 10000,100000,1000000] [--text news|names] [--runs N] [--cli]
//                 [--threads N] [--cpu] [--save DIR]
//
// --save writes the texts (KIND-WORDS.txt) into DIR and stops: for profiling the CLI on them.
//
// news:  the team's own articles (bench/data, resources/samples, tests/data) repeated; few
//        distinct actors.
// names: the TempEval-3 training texts (../shared/data/tempeval3/train) and the CoNLL-2003
//        train and dev documents (../shared/data/conll2003, tokens joined by spaces, a sentence a
//        line), converted to plain text here and never written to the source tree: about
//        340,000 words with many distinct names, repeated beyond that.
// A text of 256 KiB or more is analysed with malloc on huge pages, as articlelens-cli does for
// such an input (MallocHugePages): the engine's figures are the CLI's, without reading and writing files.
// Each figure is the best of --runs runs (default 3). --cpu reports the stages' CPU time (all
// threads of the process) instead of their wall time: steadier on a machine other jobs share.

#include "actorlexicon.h"
#include "eventlexicon.h"
#include "gazetteer.h"
#include "mallochugepages.h"
#include "nertagger.h"
#include "parallelblocks.h"
#include "pipeline.h"
#include "postagger.h"
#include "temporalpatterns.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QXmlStreamReader>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdio>

extern char **environ;

using namespace al;

namespace {

const QString kSource = QStringLiteral(ARTICLELENS_SOURCE_DIR);

QStringList newsTexts()
{
    QStringList texts;
    for (const QString &dir :
         {QStringLiteral("/bench/data"), QStringLiteral("/resources/samples"), QStringLiteral("/tests/data"),
          QStringLiteral("/tests/data/events"), QStringLiteral("/tests/data/export")}) {
        const QDir d(kSource + dir);
        for (const QString &f : d.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile file(d.filePath(f));
            if (file.open(QIODevice::ReadOnly))
                texts << QString::fromUtf8(file.readAll()).trimmed();
        }
    }
    return texts;
}

// The <TEXT> of each TimeML file, as eval-tempeval reads it.
QStringList tempevalTexts()
{
    QStringList texts;
    const QString root = kSource + QStringLiteral("/../shared/data/tempeval3/train");
    for (const QString &corpus : {QStringLiteral("TimeBank"), QStringLiteral("AQUAINT")}) {
        const QDir d(root + QLatin1Char('/') + corpus);
        for (const QString &f : d.entryList({QStringLiteral("*.tml")}, QDir::Files, QDir::Name)) {
            QFile file(d.filePath(f));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QXmlStreamReader xml(&file);
            QString text;
            bool inText = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("TEXT"))
                    inText = true;
                else if (xml.isEndElement() && xml.name() == QLatin1String("TEXT"))
                    inText = false;
                else if (xml.isCharacters() && inText)
                    text += xml.text();
            }
            texts << text.trimmed();
        }
    }
    return texts;
}

// CoNLL-2003 documents: the first column, a sentence a line.
QStringList conllTexts()
{
    QStringList texts;
    for (const QString &name : {QStringLiteral("train.txt"), QStringLiteral("dev.txt")}) {
        QFile file(kSource + QStringLiteral("/../shared/data/conll2003/") + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QString doc, sentence;
        auto endSentence = [&] {
            if (!sentence.isEmpty())
                doc += sentence + QLatin1Char('\n');
            sentence.clear();
        };
        auto endDocument = [&] {
            endSentence();
            if (!doc.trimmed().isEmpty())
                texts << doc.trimmed();
            doc.clear();
        };
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("-DOCSTART-")) {
                endDocument();
            } else if (line.trimmed().isEmpty()) {
                endSentence();
            } else {
                const QString token = QString::fromUtf8(line.left(line.indexOf(' ')));
                sentence += (sentence.isEmpty() ? QString() : QStringLiteral(" ")) + token;
            }
        }
        endDocument();
    }
    return texts;
}

int countWords(const QString &s)
{
    int n = 0;
    bool in = false;
    for (QChar c : s) {
        const bool w = !c.isSpace();
        n += w && !in;
        in = w;
    }
    return n;
}

// Articles one after the other, separated by a blank line, until `words` words.
QString buildText(const QString &kind, int words)
{
    const QStringList texts = kind == QLatin1String("names") ? tempevalTexts() + conllTexts() : newsTexts();
    if (texts.isEmpty())
        return {};
    QString out;
    int have = 0;
    for (int k = 0; have < words; ++k) {
        const QString &t = texts.at(k % texts.size());
        if (!out.isEmpty())
            out += QStringLiteral("\n\n");
        out += t;
        have += countWords(t);
    }
    return out;
}

double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double peakMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0;
}

const char *const kStages[] = {"Tokenizing",       "Finding sentences", "Finding names", "Finding dates",
                               "Resolving actors", "Finding relations", "Finding events"};
const char *const kShort[] = {"tokens", "sentences", "pos+ner", "dates", "actors", "relations", "events"};
constexpr int kStageCount = 7;

// One measurement in this process: prints "words total stage... json cpu peak" on one line.
int child(const QString &kind, int words, int threads, bool cpuStages, char **argv)
{
    if (threads > 0) {
        QThreadPool::globalInstance()->setMaxThreadCount(threads);
        ParallelBlocks::pool()->setMaxThreadCount(threads); // the tagging's threads
    }
    // Load the models first: start-up is measured on its own.
    Article warm;
    warm.text = QStringLiteral("Warm-up sentence in Oslo on Monday.");
    Pipeline::shared().run(warm);

    Article article;
    article.path = QStringLiteral("bench.txt");
    article.format = QStringLiteral("text");
    article.text = buildText(kind, words);
    article.date = QDate(2023, 6, 6);
    article.dateSource = DateSource::Option;
    if (article.text.isEmpty()) {
        std::fprintf(stderr, "bench-analyze: no %s texts found\n", qPrintable(kind));
        return 1;
    }
    // The engine's memory as articlelens-cli has it for an input this long (huge pages).
    MallocHugePages::restartFor(article.text.toUtf8().size(), argv);
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer clock;
    qint64 stageMs[kStageCount] = {};
    int current = -1;
    qint64 mark = 0;
    clock.start();
    auto progress = [&](int, const QString &stage) {
        const qint64 now = cpuStages ? qint64((cpuSeconds(RUSAGE_SELF) - cpu0) * 1e9) : clock.nsecsElapsed();
        if (current >= 0)
            stageMs[current] += now - mark;
        mark = now;
        current = -1;
        for (int k = 0; k < kStageCount; ++k)
            if (stage == QLatin1String(kStages[k]))
                current = k;
    };
    const Analysis a = Pipeline::shared().run(article, nullptr, progress);
    const double cpu1 = cpuSeconds(RUSAGE_SELF);
    const qint64 engine = clock.nsecsElapsed();
    const QByteArray json = a.toJsonBytes(true);
    const qint64 total = clock.nsecsElapsed();
    const qint64 jsonNs = cpuStages ? qint64((cpuSeconds(RUSAGE_SELF) - cpu1) * 1e9) : total - engine;
    std::printf("%d %.4f", countWords(article.text), total / 1e9);
    for (qint64 ns : stageMs)
        std::printf(" %.4f", ns / 1e9);
    std::printf(" %.4f %.4f %.1f %lld %lld %lld %lld\n", jsonNs / 1e9, cpuSeconds(RUSAGE_SELF) - cpu0,
                peakMb(), qint64(a.entities.size()), qint64(a.actors.size()), qint64(a.relations.size()),
                qint64(a.events.size()));
    return 0;
}

// What the first analysis pays for, resource by resource, in a fresh process (CPU ms).
int startupChild()
{
    auto faults = [] {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        return u.ru_minflt + u.ru_majflt;
    };
    const double t0 = cpuSeconds(RUSAGE_SELF);
    double last = t0;
    long lastFaults = faults();
    auto step = [&](const char *what) {
        const double now = cpuSeconds(RUSAGE_SELF);
        const long f = faults();
        std::printf("  %-34s %7.2f ms %6ld page faults\n", what, (now - last) * 1000, f - lastFaults);
        last = now;
        lastFaults = f;
    };
    Gazetteer::shared();
    step("gazetteers");
    PosTagger::shared();
    step("POS model");
    NerTagger::shared();
    step("NER model");
    ActorLexicon::shared();
    step("actor lexicon");
    EventLexicon::shared();
    step("event lexicon");
    TemporalPatterns::shared();
    step("temporal patterns");
    Article article;
    article.text = QStringLiteral("A one-line article about nothing in particular.");
    article.date = QDate(2023, 6, 6);
    const Analysis a = Pipeline::shared().run(article);
    step("first analysis of one line");
    a.toJsonBytes(true);
    step("its JSON");
    std::printf("  %-34s %7.2f ms (peak %.1f MB)\n", "total", (last - t0) * 1000, peakMb());
    return 0;
}

struct Run
{
    int words = 0;
    double total = 0, stages[kStageCount] = {}, json = 0, cpu = 0, peak = 0;
    qint64 entities = 0, actors = 0, relations = 0, events = 0;
};

bool runChild(const QString &kind, int words, int threads, bool cpuStages, Run *out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child"), kind, QString::number(words), QString::number(threads),
             QString::number(int(cpuStages))});
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return false;
    const QStringList f = QString::fromUtf8(p.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
    if (f.size() != 2 + kStageCount + 7)
        return false;
    int k = 0;
    out->words = f[k++].toInt();
    out->total = f[k++].toDouble();
    for (double &s : out->stages)
        s = f[k++].toDouble();
    out->json = f[k++].toDouble();
    out->cpu = f[k++].toDouble();
    out->peak = f[k++].toDouble();
    out->entities = f[k++].toLongLong();
    out->actors = f[k++].toLongLong();
    out->relations = f[k++].toLongLong();
    out->events = f[k++].toLongLong();
    return true;
}

// A whole `articlelens-cli` process: wall seconds and peak memory (MB).
bool runCli(const QStringList &args, double *seconds, double *peak)
{
    const QString cli =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../app/cli/articlelens-cli");
    QList<QByteArray> bytes{QFile::encodeName(cli)};
    for (const QString &a : args)
        bytes << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return false;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    *seconds = clock.nsecsElapsed() / 1e9;
    *peak = usage.ru_maxrss / 1024.0;
    posix_spawn_file_actions_destroy(&actions);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// Best of `runs` CLI runs.
void cliLine(const char *label, const QStringList &args, int runs)
{
    double best = 1e9, bestPeak = 0;
    for (int r = 0; r < runs; ++r) {
        double s = 0, peak = 0;
        if (!runCli(args, &s, &peak)) {
            std::printf("%-34s failed\n", label);
            return;
        }
        if (s < best) {
            best = s;
            bestPeak = peak;
        }
    }
    std::printf("%-34s %8.0f ms  peak %6.1f MB\n", label, best * 1000, bestPeak);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 1 && args.first() == QLatin1String("--startup-child"))
        return startupChild();
    if (args.size() == 5 && args.first() == QLatin1String("--child"))
        return child(args.at(1), args.at(2).toInt(), args.at(3).toInt(), args.at(4).toInt() != 0, argv);

    QList<int> sizes{10000, 100000, 1000000};
    QString kind = QStringLiteral("news");
    int runs = 3, threads = 0;
    bool cli = false, cpuStages = false;
    QString saveDir;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--words")) {
            sizes.clear();
            for (const QString &s : next.split(QLatin1Char(','), Qt::SkipEmptyParts))
                sizes << s.toInt();
            ++i;
        } else if (a == QLatin1String("--text")) {
            kind = next;
            ++i;
        } else if (a == QLatin1String("--runs")) {
            runs = qMax(1, next.toInt());
            ++i;
        } else if (a == QLatin1String("--threads")) {
            threads = next.toInt();
            ++i;
        } else if (a == QLatin1String("--cli")) {
            cli = true;
        } else if (a == QLatin1String("--cpu")) {
            cpuStages = true;
        } else if (a == QLatin1String("--save")) {
            saveDir = next;
            ++i;
        } else {
            std::fprintf(stderr,
                         "usage: bench-analyze [--words 10000,100000,1000000] [--text news|names] [--runs N] "
                         "[--cli] [--threads N] [--cpu] [--save DIR]\n");
            return 2;
        }
    }

    if (!saveDir.isEmpty()) {
        for (int words : sizes) {
            QFile t(QDir(saveDir).filePath(QStringLiteral("%1-%2.txt").arg(kind).arg(words)));
            if (!t.open(QIODevice::WriteOnly) || t.write(buildText(kind, words).toUtf8()) < 0) {
                std::fprintf(stderr, "bench-analyze: cannot write %s\n", qPrintable(t.fileName()));
                return 1;
            }
        }
        return 0;
    }
    std::printf("engine, %s text, best of %d (%s seconds per stage; cpu is the whole process's)\n",
                qPrintable(kind), runs, cpuStages ? "CPU" : "wall");
    std::printf("%9s %8s", "words", "total");
    for (const char *s : kShort)
        std::printf(" %9s", s);
    std::printf(" %7s %8s %8s %8s %8s %7s %7s\n", "json", "cpu", "peak MB", "entities", "actors", "rels",
                "events");
    QVector<Run> best;
    for (int words : sizes) {
        Run b;
        b.total = b.cpu = 1e18;
        for (int r = 0; r < runs; ++r) {
            Run x;
            if (!runChild(kind, words, threads, cpuStages, &x)) {
                std::fprintf(stderr, "bench-analyze: the run at %d words failed\n", words);
                return 1;
            }
            if ((cpuStages ? x.cpu : x.total) < (cpuStages ? b.cpu : b.total))
                b = x;
        }
        best << b;
        std::printf("%9d %8.3f", b.words, b.total);
        for (double s : b.stages)
            std::printf(" %9.3f", s);
        std::printf(" %7.3f %8.3f %8.1f %8lld %8lld %8lld %7lld\n", b.json, b.cpu, b.peak, b.entities,
                    b.actors, b.relations, b.events);
        std::fflush(stdout);
    }
    std::printf("\ngrowth: ms per 1,000 words (flat when linear)\n%9s %8s", "words", "total");
    for (const char *s : kShort)
        std::printf(" %9s", s);
    std::printf("\n");
    for (const Run &b : std::as_const(best)) {
        const double k = b.words / 1000.0;
        std::printf("%9d %8.2f", b.words, b.total * 1000 / k);
        for (double s : b.stages)
            std::printf(" %9.2f", s * 1000 / k);
        std::printf("\n");
    }

    if (cli) {
        std::printf("\nstart-up, resource by resource (CPU of a fresh process, after QCoreApplication):\n");
        std::fflush(stdout);
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--startup-child")});
        p.waitForFinished(-1);
        std::printf("\narticlelens-cli analyze, whole process, best of %d\n", runs);
        QTemporaryDir dir;
        const QString one = dir.filePath(QStringLiteral("one-line.txt"));
        QFile f(one);
        if (f.open(QIODevice::WriteOnly))
            f.write("A one-line article about nothing in particular.\n");
        f.close();
        cliLine("one-line file (start-up)",
                {QStringLiteral("analyze"), one, QStringLiteral("--date"), QStringLiteral("2023-06-06")},
                runs);
        const QString seed = kSource + QStringLiteral("/../shared/seeds/000_1e513336b8b9ab8a.txt");
        if (QFile::exists(seed))
            cliLine("reference article",
                    {QStringLiteral("analyze"), seed, QStringLiteral("--date"), QStringLiteral("2023-06-06")},
                    runs);
        cliLine("--help", {QStringLiteral("--help")}, runs);
        for (int words : sizes) {
            const QString path = dir.filePath(QStringLiteral("%1-%2.txt").arg(kind).arg(words));
            QFile t(path);
            if (t.open(QIODevice::WriteOnly))
                t.write(buildText(kind, words).toUtf8());
            t.close();
            cliLine(qPrintable(QStringLiteral("%1 words of %2 text").arg(words).arg(kind)),
                    {QStringLiteral("analyze"), path, QStringLiteral("--date"), QStringLiteral("2023-06-06")},
                    runs);
        }
    }
    return 0;
}
