#include "conllcorpus.h"

#include "nerfeatures.h"

#include <QFile>
#include <QTextStream>

namespace al {

int ConllDocument::tokenCount() const
{
    int n = 0;
    for (const ConllSentence &s : sentences)
        n += int(s.words.size());
    return n;
}

QVector<QStringList> ConllDocument::words() const
{
    QVector<QStringList> out;
    out.reserve(sentences.size());
    for (const ConllSentence &s : sentences)
        out << s.words;
    return out;
}

QStringList ConllDocument::nerTags() const
{
    QStringList out;
    for (const ConllSentence &s : sentences)
        out << s.ner;
    return out;
}

Result<QVector<ConllDocument>> ConllCorpus::read(const QString &path)
{
    using R = Result<QVector<ConllDocument>>;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    QVector<ConllDocument> docs;
    ConllSentence sentence;
    auto endSentence = [&] {
        if (sentence.words.isEmpty())
            return;
        if (docs.isEmpty())
            docs.append(ConllDocument());
        docs.last().sentences << sentence;
        sentence = ConllSentence();
    };
    QTextStream in(&f);
    QString line;
    while (in.readLineInto(&line)) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("-DOCSTART-"))) {
            endSentence();
            docs.append(ConllDocument());
            continue;
        }
        if (t.isEmpty()) {
            endSentence();
            continue;
        }
        const QStringList cols = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() < 2)
            return R::failure(QStringLiteral("%1: bad line: %2").arg(path, line));
        sentence.words << cols.first();
        sentence.pos << (cols.size() >= 4 ? cols.at(1) : QString());
        sentence.ner << cols.last();
    }
    endSentence();
    QVector<ConllDocument> nonEmpty;
    for (const ConllDocument &d : docs)
        if (!d.sentences.isEmpty())
            nonEmpty << d;
    return nonEmpty;
}

QVector<Span> ConllCorpus::spans(const QStringList &tags)
{
    QVector<Span> out;
    QString prevType;
    for (int i = 0; i < tags.size(); ++i) {
        const QString &tag = tags[i];
        if (tag == QLatin1String("O") || tag.size() < 3) {
            prevType.clear();
            continue;
        }
        const QString type = tag.mid(2);
        const bool begins = tag.startsWith(QLatin1Char('B')) || type != prevType;
        if (begins)
            out << Span{i, i + 1, type};
        else
            out.last().end = i + 1;
        prevType = type;
    }
    return out;
}

std::vector<quint8> ConllCorpus::bilou(const QStringList &tags)
{
    std::vector<quint8> labels(tags.size(), 0);
    const QStringList &types = NerFeatures::typeNames();
    for (const Span &s : spans(tags)) {
        const int t = int(types.indexOf(s.type));
        if (t < 0)
            continue;
        if (s.end - s.begin == 1) {
            labels[s.begin] = quint8(NerFeatures::label(t, NerFeatures::U));
            continue;
        }
        labels[s.begin] = quint8(NerFeatures::label(t, NerFeatures::B));
        for (int i = s.begin + 1; i < s.end - 1; ++i)
            labels[i] = quint8(NerFeatures::label(t, NerFeatures::I));
        labels[s.end - 1] = quint8(NerFeatures::label(t, NerFeatures::L));
    }
    return labels;
}

void NerScore::add(const QVector<Span> &gold, const QVector<Span> &predicted)
{
    for (const Span &g : gold) {
        m_types[g.type].gold += 1;
        m_all.gold += 1;
        if (predicted.contains(g)) {
            m_types[g.type].correct += 1;
            m_all.correct += 1;
        }
    }
    for (const Span &p : predicted) {
        m_types[p.type].predicted += 1;
        m_all.predicted += 1;
    }
}

double NerScore::f1(const QString &type) const
{
    const Counts c = type.isEmpty() ? m_all : m_types.value(type);
    const double p = c.predicted ? double(c.correct) / c.predicted : 0;
    const double r = c.gold ? double(c.correct) / c.gold : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

QString NerScore::report() const
{
    QString out;
    auto line = [&](const QString &name, const Counts &c) {
        const double p = c.predicted ? double(c.correct) / c.predicted : 0;
        const double r = c.gold ? double(c.correct) / c.gold : 0;
        const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        out += QStringLiteral("%1  precision %2  recall %3  F1 %4  (gold %5, predicted %6, correct %7)\n")
                   .arg(name, -8)
                   .arg(p, 0, 'f', 4)
                   .arg(r, 0, 'f', 4)
                   .arg(f, 0, 'f', 4)
                   .arg(c.gold)
                   .arg(c.predicted)
                   .arg(c.correct);
    };
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it)
        line(it.key(), it.value());
    line(QStringLiteral("overall"), m_all);
    return out;
}

} // namespace al
