#pragma once

#include "spans.h"

#include <QStringView>
#include <QVector>

namespace al {

// Splits text into tokens with exact character offsets, in the manner of the Penn Treebank /
// CoNLL-2003 conventions the taggers were trained on: punctuation apart, possessive 's and n't
// apart, hyphenated words whole, abbreviations (U.S., Feb., Mr.) with their period, numbers with
// their separators (1,000.5 12:30 2023-06-06), URLs and e-mail addresses whole, Unicode quotes
// (’ “ ”) as tokens of their own.
// Thread-safe: it has no state.
class Tokenizer
{
public:
    static QVector<Token> run(QStringView text);
    // True when `word` (with its final period) is a known abbreviation such as "Feb." or "Mr.".
    static bool isAbbreviation(QStringView word);
};

} // namespace al
