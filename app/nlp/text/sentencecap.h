#pragma once

#include "spans.h"

#include <QStringView>
#include <QVector>

namespace al {

// Splits "sentences" too long for the taggers and the relation and event stages, whose work per
// sentence grows faster than its length: a list of 48,000 words without a full stop would
// otherwise cost minutes. A sentence of more than kMaxTokens tokens is cut into pieces of at most
// that many, each cut after the last semicolon, colon, comma or dash of the window, else before a
// coordinating conjunction, else at the limit. News sentences stay far below the limit (CoNLL's
// longest has 124 tokens), so real text is never changed. Requires tokens and sentences from the
// same text. Thread-safe: no state.
class SentenceCap
{
public:
    static constexpr int kMaxTokens = 160;

    static QVector<Sentence> run(QStringView text, const QVector<Token> &tokens,
                                 const QVector<Sentence> &sentences, int maxTokens = kMaxTokens);
};

} // namespace al
