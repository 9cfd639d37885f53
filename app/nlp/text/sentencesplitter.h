#pragma once

#include "spans.h"

#include <QStringView>
#include <QVector>

namespace al {

// Groups tokens into sentences. A sentence ends at . ! ? (with any closing quotes or brackets
// after them) when the next token can start a sentence, at a paragraph break, and at the end of
// a headline line (a line without final punctuation). A period that belongs to an abbreviation
// (Mr., U.S., Feb.) ends a sentence only when the next word is a usual sentence opener.
// Requires tokens from Tokenizer::run on the same text. Thread-safe: no state.
class SentenceSplitter
{
public:
    static QVector<Sentence> run(QStringView text, const QVector<Token> &tokens);
};

} // namespace al
