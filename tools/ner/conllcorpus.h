#pragma once

#include "nertagger.h"
#include "postagger.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

namespace al {

// CoNLL-2003 files for the trainer and the evaluator: documents of sentences of (token, POS,
// NER tag) rows, and the conlleval way of turning IOB1/IOB2 tags into typed spans.
struct ConllSentence
{
    QStringList words;
    QStringList pos;
    QStringList ner;
};

struct ConllDocument
{
    QVector<ConllSentence> sentences;
    int tokenCount() const;
    QVector<QStringList> words() const; // the words of each sentence
    QStringList nerTags() const;        // every token's NER tag, in document order
};

struct Span
{
    int begin = 0; // token index in the document
    int end = 0;   // exclusive
    QString type;
    bool operator==(const Span &o) const { return begin == o.begin && end == o.end && type == o.type; }
};

class ConllCorpus
{
public:
    static Result<QVector<ConllDocument>> read(const QString &path);
    // Chunks as conlleval sees them: a chunk starts at B-X, or at I-X after O or another type.
    static QVector<Span> spans(const QStringList &tags);
    // BILOU label indices (NerFeatures::labels()) for the spans of a tag sequence.
    static std::vector<quint8> bilou(const QStringList &tags);
};

// Per-type precision/recall/F1 with exact span and type matching.
class NerScore
{
public:
    void add(const QVector<Span> &gold, const QVector<Span> &predicted);
    QString report() const;
    double f1(const QString &type = {}) const;

private:
    struct Counts
    {
        int gold = 0, predicted = 0, correct = 0;
    };
    QMap<QString, Counts> m_types;
    Counts m_all;
};

} // namespace al
