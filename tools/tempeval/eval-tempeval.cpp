// eval-tempeval: scores the temporal tagger on TempEval-3 TimeML files the way the TempEval-3
// scorer counts: strict and relaxed span precision/recall/F1, type accuracy over relaxed
// matches, and value F1 (a relaxed match with an equal value, counted over all gold and all
// predicted expressions). Runs Tokenizer, SentenceSplitter and TemporalTagger on the plain text
// of each <TEXT> with the document's creation time. --misses lists what went wrong.

#include "sentencesplitter.h"
#include "temporaltagger.h"
#include "tokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cstdio>

using namespace al;

namespace {

struct GoldDocument
{
    QString name;
    QString corpus;
    QString text;
    QDate dct;
    QVector<Timex> timexes;
};

bool readTml(const QString &path, GoldDocument *doc, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    bool inText = false;
    Timex open;
    bool inTimex = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("TEXT")) {
                inText = true;
            } else if (xml.name() == QLatin1String("TIMEX3")) {
                const auto a = xml.attributes();
                if (a.value(QLatin1String("functionInDocument")) == QLatin1String("CREATION_TIME")) {
                    doc->dct =
                        QDate::fromString(a.value(QLatin1String("value")).left(10).toString(), Qt::ISODate);
                } else if (inText) {
                    open = Timex();
                    open.id = a.value(QLatin1String("tid")).toString();
                    open.type = a.value(QLatin1String("type")).toString();
                    open.value = a.value(QLatin1String("value")).toString();
                    open.mod = a.value(QLatin1String("mod")).toString();
                    open.start = doc->text.size();
                    inTimex = true;
                }
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("TEXT"))
                inText = false;
            else if (xml.name() == QLatin1String("TIMEX3") && inTimex) {
                open.end = doc->text.size();
                open.text = doc->text.mid(open.start, open.end - open.start);
                doc->timexes << open;
                inTimex = false;
            }
        } else if (xml.isCharacters() && inText) {
            doc->text += xml.text();
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    return true;
}

struct Score
{
    qint64 gold = 0, predicted = 0, strict = 0, relaxed = 0, typeRight = 0, valueRight = 0;
    void add(const Score &o)
    {
        gold += o.gold;
        predicted += o.predicted;
        strict += o.strict;
        relaxed += o.relaxed;
        typeRight += o.typeRight;
        valueRight += o.valueRight;
    }
};

double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

void print(const char *label, const Score &s)
{
    const double sp = s.predicted ? double(s.strict) / s.predicted : 0;
    const double sr = s.gold ? double(s.strict) / s.gold : 0;
    const double rp = s.predicted ? double(s.relaxed) / s.predicted : 0;
    const double rr = s.gold ? double(s.relaxed) / s.gold : 0;
    const double vp = s.predicted ? double(s.valueRight) / s.predicted : 0;
    const double vr = s.gold ? double(s.valueRight) / s.gold : 0;
    std::printf("%-9s gold %5lld pred %5lld | strict P %.3f R %.3f F1 %.3f | relaxed P %.3f R %.3f F1 %.3f | "
                "type acc %.3f | value P %.3f R %.3f F1 %.3f\n",
                label, s.gold, s.predicted, sp, sr, f1(sp, sr), rp, rr, f1(rp, rr),
                s.relaxed ? double(s.typeRight) / s.relaxed : 0, vp, vr, f1(vp, vr));
}

// Two spellings of one value are the same value: some gold files write ISO weeks without the
// zero ("2000-W7"), which ISO 8601 spells 2000-W07.
bool sameValue(const QString &a, const QString &b)
{
    static const QRegularExpression week(QStringLiteral("-W(\\d)(?!\\d)"));
    if (a == b)
        return true;
    QString x = a, y = b;
    x.replace(week, QStringLiteral("-W0\\1"));
    y.replace(week, QStringLiteral("-W0\\1"));
    return x == y;
}

QString context(const QString &text, int start, int end)
{
    const int from = qMax(0, start - 50);
    const int to = qMin(text.size(), end + 50);
    QString s = text.mid(from, start - from) + QLatin1Char('[') + text.mid(start, end - start) +
                QLatin1Char(']') + text.mid(end, to - end);
    return s.simplified();
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
                                                "../shared/data/tempeval3/train)."));
    parser.addOption(
        {QStringLiteral("misses"), QStringLiteral("List missed, spurious and wrongly valued expressions.")});
    parser.addOption({QStringLiteral("repeat"),
                      QStringLiteral("Run the tagger N times for the timing (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);

    QString dir = parser.positionalArguments().value(0);
    if (dir.isEmpty()) {
        dir = QStringLiteral("../shared/data/tempeval3/train");
        if (!QFileInfo(dir).isDir())
            dir = QStringLiteral(ARTICLELENS_SOURCE_DIR "/../shared/data/tempeval3/train");
    }
    QVector<GoldDocument> docs;
    for (const QString &corpus : {QStringLiteral("TimeBank"), QStringLiteral("AQUAINT")}) {
        const QDir d(QDir(dir).filePath(corpus));
        for (const QString &name : d.entryList({QStringLiteral("*.tml")}, QDir::Files, QDir::Name)) {
            GoldDocument doc;
            doc.name = name;
            doc.corpus = corpus;
            QString error;
            if (!readTml(d.filePath(name), &doc, &error)) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(d.filePath(name)), qPrintable(error));
                return 1;
            }
            docs << doc;
        }
    }
    if (docs.isEmpty()) {
        std::fprintf(stderr, "no .tml files under %s\n", qPrintable(dir));
        return 1;
    }

    const TemporalTagger tagger;
    const bool misses = parser.isSet(QStringLiteral("misses"));
    Score timebank, aquaint;
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

    for (int i = 0; i < docs.size(); ++i) {
        const GoldDocument &doc = docs.at(i);
        const QVector<Timex> predicted = tagger.run(doc.text, tokens.at(i), sentences.at(i), doc.dct);
        Score s;
        s.gold = doc.timexes.size();
        s.predicted = predicted.size();
        QVector<bool> used(predicted.size(), false);
        for (const Timex &g : doc.timexes) {
            int hit = -1;
            for (int k = 0; k < predicted.size(); ++k) {
                if (!used[k] && predicted.at(k).start < g.end && g.start < predicted.at(k).end) {
                    hit = k;
                    break;
                }
            }
            if (hit < 0) {
                if (misses)
                    std::printf("MISS  %s %s %-9s %-12s %s\n", qPrintable(doc.name),
                                qPrintable(doc.dct.toString(Qt::ISODate)), qPrintable(g.type),
                                qPrintable(g.value), qPrintable(context(doc.text, g.start, g.end)));
                continue;
            }
            used[hit] = true;
            const Timex &p = predicted.at(hit);
            ++s.relaxed;
            if (p.start == g.start && p.end == g.end)
                ++s.strict;
            else if (misses)
                std::printf("SPAN  %s gold [%s] pred [%s]\n", qPrintable(doc.name), qPrintable(g.text),
                            qPrintable(p.text));
            if (misses)
                std::printf("HIT   %s %s %s [%s] | %s\n", qPrintable(doc.name),
                            sameValue(p.value, g.value) ? "ok" : "bad", qPrintable(p.value),
                            qPrintable(p.text), qPrintable(context(doc.text, p.start, p.end)));
            if (p.type == g.type)
                ++s.typeRight;
            if (sameValue(p.value, g.value))
                ++s.valueRight;
            if (misses && (!sameValue(p.value, g.value) || p.type != g.type))
                std::printf("VALUE %s %s gold %s %s pred %s %s | %s\n", qPrintable(doc.name),
                            qPrintable(doc.dct.toString(Qt::ISODate)), qPrintable(g.type),
                            qPrintable(g.value), qPrintable(p.type), qPrintable(p.value),
                            qPrintable(context(doc.text, g.start, g.end)));
        }
        if (misses) {
            for (int k = 0; k < predicted.size(); ++k)
                if (!used[k])
                    std::printf("FALSE %s %s %-9s %-12s %s\n", qPrintable(doc.name),
                                qPrintable(doc.dct.toString(Qt::ISODate)), qPrintable(predicted.at(k).type),
                                qPrintable(predicted.at(k).value),
                                qPrintable(context(doc.text, predicted.at(k).start, predicted.at(k).end)));
        }
        (doc.corpus == QLatin1String("TimeBank") ? timebank : aquaint).add(s);
    }
    Score total = timebank;
    total.add(aquaint);
    print("TimeBank", timebank);
    print("AQUAINT", aquaint);
    print("total", total);

    // Speed: the tagger alone over the whole corpus, best of N runs.
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());
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
    std::printf(
        "speed: %lld characters in %d documents; tagger %.2f M chars/s; tokenizer+splitter %.2f M chars/s\n",
        chars, int(docs.size()), chars / (best / 1e9) / 1e6, chars / (prepNs / 1e9) / 1e6);
    return 0;
}
