// bench-library: the library's speed and size. Builds a corpus of 1,000 plain-text articles in a
// temporary folder — the team's own articles (resources/samples, bench/data, tests/data) and the
// TempEval-3 training texts from ../shared/data converted to plain text here (never committed),
// repeated with a numbered first line until there are 1,000 distinct files — and imports them
// into a new library with the real importer on every core (and, with --threads, on fewer):
// articles per second, wall clock. Then the database size per article. Then the library is
// grown to 10,000 articles by copying its rows under other paths (the analyses are not run
// again: this measures search, not import) and a set of searches is timed, each run 20 times:
// words, a phrase, a prefix, with an actor, a date range and a side.
//
//   bench-library [--articles N] [--threads N] [--search-articles N] [--keep DIR]

#include "library.h"
#include "libraryimporter.h"
#include "librarysearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace al;

namespace {

struct Source
{
    QString name;
    QString text;
    QDate date;
};

// The text of a TimeML document's <TEXT> element and its creation time.
bool readTml(const QString &path, Source *out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("TEXT"))
            inText = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("TEXT"))
            inText = false;
        else if (xml.isStartElement() && xml.name() == QLatin1String("TIMEX3") &&
                 xml.attributes().value(QLatin1String("functionInDocument")) ==
                     QLatin1String("CREATION_TIME"))
            out->date = QDate::fromString(xml.attributes().value(QLatin1String("value")).left(10).toString(),
                                          Qt::ISODate);
        else if (xml.isCharacters() && inText)
            out->text += xml.text();
    }
    out->text = out->text.trimmed();
    out->name = QFileInfo(path).completeBaseName();
    return !xml.hasError() && !out->text.isEmpty();
}

QVector<Source> sources()
{
    QVector<Source> out;
    const QString root = QStringLiteral(ARTICLELENS_SOURCE_DIR);
    for (const QString &dir : {root + QStringLiteral("/resources/samples"),
                               root + QStringLiteral("/bench/data"), root + QStringLiteral("/tests/data")}) {
        QDirIterator it(dir, {QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            out << Source{QFileInfo(path).completeBaseName() + QLatin1Char('.') + QFileInfo(path).suffix(),
                          QString::fromUtf8(f.readAll()), QDate()};
        }
    }
    QDirIterator tml(root + QStringLiteral("/../shared/data/tempeval3/train"), {QStringLiteral("*.tml")},
                     QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (tml.hasNext())
        files << tml.next();
    std::sort(files.begin(), files.end());
    for (const QString &path : files) {
        Source s;
        if (readTml(path, &s)) {
            s.name += QStringLiteral(".txt");
            out << s;
        }
    }
    return out;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

qint64 librarySize(Library &library)
{
    LibraryDatabase &db = library.database();
    QSqlQuery q = db.query();
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return db.scalar(QStringLiteral("PRAGMA page_count")).toLongLong() *
           db.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
}

// Copies every article (its text, its actors' appearances) under new paths until there are
// `target` articles; the copies are what search sees, nothing is analysed again.
bool grow(Library &library, int target)
{
    LibraryDatabase &db = library.database();
    const int base = library.articleCount();
    for (int round = 1; library.articleCount() < target; ++round) {
        LibraryDatabase::Transaction t(db);
        QSqlQuery q = db.query();
        const int need = target - library.articleCount();
        const qint64 offset = db.scalar(QStringLiteral("SELECT max(id) FROM articles")).toLongLong();
        const QString limit = QString::number(qMin(need, base));
        if (!q.exec(QStringLiteral(
                        "INSERT INTO articles(id, path, checksum, title, source, author, date, date_source, "
                        "format, words, added, analysis, sentences, corrections) SELECT id + %1, path || "
                        "'#copy%2', checksum || '-%2', title, source, author, date, date_source, format, "
                        "words, added, analysis, sentences, corrections FROM articles WHERE id <= %3 "
                        "ORDER BY id LIMIT %4")
                        .arg(offset)
                        .arg(round)
                        .arg(offset)
                        .arg(limit)) ||
            !q.exec(QStringLiteral(
                        "INSERT INTO article_text(rowid, title, body) SELECT rowid + %1, title, body FROM "
                        "article_text WHERE rowid IN (SELECT id - %1 FROM articles WHERE id > %1)")
                        .arg(offset)) ||
            !q.exec(QStringLiteral(
                        "INSERT INTO appearances(article, local, actor, name, type, side, roles, aliases, "
                        "mentions, first_start, first_end) SELECT article + %1, local, actor, name, type, "
                        "side, roles, aliases, mentions, first_start, first_end FROM appearances WHERE "
                        "article IN (SELECT id - %1 FROM articles WHERE id > %1)")
                        .arg(offset))) {
            std::fprintf(stderr, "bench-library: growing the library failed\n");
            return false;
        }
        if (!t.commit())
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Articles to import (1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Analysis threads (default: one per core)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("search-articles"),
                      QStringLiteral("Library size for the searches (10000)."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption(
        {QStringLiteral("keep"), QStringLiteral("Build in this folder and keep it."), QStringLiteral("DIR")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("articles")).toInt();
    const int threads = parser.value(QStringLiteral("threads")).toInt();
    const int searchCount = parser.value(QStringLiteral("search-articles")).toInt();

    QTemporaryDir temp;
    const QString work =
        parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temp.path();
    QDir().mkpath(work + QStringLiteral("/articles"));
    const QVector<Source> corpus = sources();
    int team = 0;
    for (const Source &s : corpus)
        team += s.date.isValid() ? 0 : 1;
    QVector<LibraryImporter::Item> items;
    qint64 words = 0;
    for (int i = 0; i < count && !corpus.isEmpty(); ++i) {
        const Source &s = corpus[i % corpus.size()];
        const int copy = i / int(corpus.size());
        const QString path =
            QStringLiteral("%1/articles/%2-%3").arg(work).arg(i, 4, 10, QLatin1Char('0')).arg(s.name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        // A numbered first line makes each copy a distinct article (another checksum).
        const QString text = copy > 0 ? QStringLiteral("Copy %1\n\n%2").arg(copy).arg(s.text) : s.text;
        f.write(text.toUtf8());
        words += text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
        items << LibraryImporter::Item{path, s.date};
    }
    std::printf(
        "corpus: %d articles (%d team-written, %d TempEval-3 texts, repeated to %d), about %lld words\n",
        int(corpus.size()), team, int(corpus.size()) - team, count, words);

    const QString file = work + QStringLiteral("/library.sqlite");
    QFile::remove(file);
    auto opened = Library::open(file);
    if (!opened) {
        std::fprintf(stderr, "bench-library: %s\n", qPrintable(opened.error()));
        return 1;
    }
    Library &library = *opened.value();
    LibraryImporter importer(library);
    importer.setThreads(threads);
    const int used = threads > 0 ? threads : QThread::idealThreadCount();
    const LibraryImporter::Report report = importer.run(items);
    if (!report.error.isEmpty()) {
        std::fprintf(stderr, "bench-library: %s\n", qPrintable(report.error));
        return 1;
    }
    const double seconds = report.elapsedMs / 1000.0;
    std::printf("import: %d articles in %.1f s on %d thread(s): %.1f articles/s (%d failed)\n",
                report.added + report.updated, seconds, used, (report.added + report.updated) / seconds,
                int(report.failures.size()));
    const qint64 bytes = librarySize(library);
    std::printf("size: %.1f MB for %d articles: %.1f kB per article\n", bytes / 1e6, library.articleCount(),
                bytes / 1e3 / qMax(1, library.articleCount()));

    QElapsedTimer growTimer;
    growTimer.start();
    if (!grow(library, searchCount))
        return 1;
    std::printf("grown to %d articles by copying rows (%.1f s); size %.1f MB\n", library.articleCount(),
                growTimer.elapsed() / 1000.0, librarySize(library) / 1e6);

    struct Case
    {
        const char *name;
        SearchQuery query;
    };
    auto text = [](const char *t) {
        SearchQuery q;
        q.text = QString::fromUtf8(t);
        return q;
    };
    QVector<Case> cases = {
        {"common word (said)", text("said")},   {"two words", text("stock market")},
        {"phrase", text("\"prime minister\"")}, {"prefix", text("negotiat*")},
        {"rare word", text("mackerel")},
    };
    {
        SearchQuery q = text("talks");
        q.actor = QStringLiteral("United States");
        cases.append({"word + actor (United States)", q});
        SearchQuery r = text("president");
        r.from = QDate(1998, 1, 1);
        r.to = QDate(1998, 3, 31);
        cases.append({"word + date range", r});
        SearchQuery s = text("government");
        s.side = QStringLiteral("Iraq");
        cases.append({"word + side (Iraq)", s});
        SearchQuery a;
        a.actor = QStringLiteral("Clinton");
        cases.append({"actor only (Clinton)", a});
    }
    LibrarySearch search(library);
    std::printf("\nsearch over %d articles, 50 hits with their sentences, 20 runs each:\n",
                library.articleCount());
    // Wall clock and this thread's CPU time: on a busy machine the wall clock waits for the
    // processor; the CPU time is what the search itself costs.
    std::printf("  %-32s %8s %10s %10s %10s\n", "query", "matches", "median ms", "max ms", "CPU ms");
    double worst = 0;
    for (const Case &c : cases) {
        QVector<double> times, cpu;
        int matches = 0;
        for (int run = 0; run < 20; ++run) {
            QElapsedTimer t;
            t.start();
            const double cpuStart = threadCpuMs();
            const auto hits = search.run(c.query);
            times << t.nsecsElapsed() / 1e6;
            cpu << threadCpuMs() - cpuStart;
            if (!hits) {
                std::fprintf(stderr, "bench-library: %s: %s\n", c.name, qPrintable(hits.error()));
                return 1;
            }
        }
        matches = search.count(c.query).value();
        const double max = *std::max_element(times.begin(), times.end());
        worst = qMax(worst, median(times));
        std::printf("  %-32s %8d %10.1f %10.1f %10.1f\n", c.name, matches, median(times), max, median(cpu));
    }
    std::printf("slowest median: %.1f ms (wall clock)\n", worst);
    return 0;
}
