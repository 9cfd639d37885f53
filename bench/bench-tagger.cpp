// bench-tagger: tokens per second of the tokenizer, the POS tagger and the named-entity
// recognizer, separately and together, on about a million tokens (the team's sample articles
// repeated), and the peak memory. One thread.
//
//   bench-tagger [--tokens N] [FILE...]

#include "gazetteer.h"
#include "nertagger.h"
#include "postagger.h"
#include "sentencesplitter.h"
#include "tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>
#include <time.h>

#include <cstdio>

using namespace al;

namespace {

struct Doc
{
    QString text;
    QVector<Token> tokens;
    QVector<Sentence> sentences;
};

QStringList defaultFiles()
{
    QStringList files;
    for (const QString &dir : {QStringLiteral(ARTICLELENS_SOURCE_DIR "/bench/data"),
                               QStringLiteral(ARTICLELENS_SOURCE_DIR "/resources/samples"),
                               QStringLiteral(ARTICLELENS_SOURCE_DIR "/tests/data")}) {
        const QDir d(dir);
        for (const QString &f : d.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            files << d.filePath(f);
    }
    return files;
}

// CPU time of this thread: other programs sharing the machine do not inflate it the way they
// inflate wall-clock time. Both are reported.
class Clock
{
public:
    void start()
    {
        m_wall.start();
        m_cpu = cpuNs();
    }
    qint64 nsecsElapsed() const { return cpuNs() - m_cpu; }
    qint64 wallNsecs() const { return m_wall.nsecsElapsed(); }

private:
    static qint64 cpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

void report(const char *stage, qint64 tokens, qint64 ns, qint64 wallNs)
{
    std::printf("%-22s %9lld tokens  %8.3f s CPU  %10.0f tokens/s  (wall %.3f s, %.0f tokens/s)\n", stage,
                tokens, ns / 1e9, tokens / (ns / 1e9), wallNs / 1e9, tokens / (wallNs / 1e9));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    qint64 target = 1000000;
    if (args.size() >= 2 && args.first() == QLatin1String("--tokens")) {
        target = args.at(1).toLongLong();
        args = args.mid(2);
    }
    const QStringList files = args.isEmpty() ? defaultFiles() : args;
    QStringList texts;
    for (const QString &f : files) {
        QFile file(f);
        if (file.open(QIODevice::ReadOnly))
            texts << QString::fromUtf8(file.readAll());
    }
    if (texts.isEmpty()) {
        std::fprintf(stderr, "no sample texts found\n");
        return 1;
    }

    Clock load;
    load.start();
    const Gazetteer &gazetteer = Gazetteer::shared();
    const qint64 gazNs = load.nsecsElapsed();
    const PosTagger &pos = PosTagger::shared();
    const qint64 posNs = load.nsecsElapsed() - gazNs;
    const NerTagger &ner = NerTagger::shared();
    const qint64 nerNs = load.nsecsElapsed() - gazNs - posNs;
    if (!pos.isValid() || !ner.isValid()) {
        std::fprintf(stderr, "models missing: %s %s\n", qPrintable(pos.error()), qPrintable(ner.error()));
        return 1;
    }
    std::printf(
        "load: gazetteers %.1f ms (%d entries), POS model %.1f ms, NER model %.1f ms, total %.1f ms\n",
        gazNs / 1e6, gazetteer.entryCount(), posNs / 1e6, nerNs / 1e6, (gazNs + posNs + nerNs) / 1e6);

    // Documents: the sample articles repeated until about `target` tokens.
    QVector<Doc> docs;
    qint64 tokens = 0;
    Clock t;
    qint64 tokNs = 0, tokWall = 0;
    for (int k = 0; tokens < target; ++k) {
        Doc d;
        d.text = texts.at(k % texts.size());
        t.start();
        d.tokens = Tokenizer::run(d.text);
        d.sentences = SentenceSplitter::run(d.text, d.tokens);
        tokNs += t.nsecsElapsed();
        tokWall += t.wallNsecs();
        tokens += d.tokens.size();
        docs << d;
    }
    std::printf("%lld documents from %lld sample files\n", qint64(docs.size()), qint64(texts.size()));
    report("tokenizer+splitter", tokens, tokNs, tokWall);

    t.start();
    for (Doc &d : docs)
        pos.run(d.text, d.tokens, d.sentences);
    report("POS", tokens, t.nsecsElapsed(), t.wallNsecs());

    qint64 entities = 0;
    t.start();
    for (const Doc &d : docs)
        entities += ner.run(d.text, d.tokens, d.sentences).size();
    report("NER (POS given)", tokens, t.nsecsElapsed(), t.wallNsecs());

    // Together, as the pipeline runs them: one pass that tags POS and names from shared word features.
    t.start();
    for (Doc &d : docs) {
        for (Token &tok : d.tokens)
            tok.pos.clear();
        ner.runWithPos(d.text, d.tokens, d.sentences);
    }
    report("POS+NER", tokens, t.nsecsElapsed(), t.wallNsecs());

    t.start();
    for (const Doc &d : docs) {
        QVector<Token> tok = Tokenizer::run(d.text);
        const QVector<Sentence> sentences = SentenceSplitter::run(d.text, tok);
        ner.runWithPos(d.text, tok, sentences);
    }
    report("tokenizer+POS+NER", tokens, t.nsecsElapsed(), t.wallNsecs());
    std::printf("%lld entities; peak memory %.1f MB\n", entities, peakMegabytes());
    return 0;
}
