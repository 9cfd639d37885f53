#pragma once

#include "spans.h"
#include "temporalpatterns.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <memory>

namespace al {

// Finds the time expressions of a text and gives each its TIMEX3 type and value, in the manner
// of HeidelTime: the patterns of resources/temporal/patterns.txt find the expressions, and
// TemporalNormalizer anchors them on the document creation time (DCT) with the tense of their
// sentence ("met on Monday" is the Monday before the DCT, "will travel on Monday" the one
// after) and, for expressions that refer back ("the following day", "that month"), on the
// last date the text mentioned. Tense comes from the words around the expression (will,
// would, expected to → future; was, had, -ed forms, ago → past), not from a POS tagger.
// Requires the sentences of SentenceSplitter over the same text (an empty list is allowed: then
// only blank lines separate). Ensures: timexes in text order, not overlapping, with offsets
// into `text`; every anchored DATE and TIME has begin and endDate; ids are left empty for the
// caller. With an invalid DCT relative expressions keep unknown parts (XXXX-02).
// Thread-safe: the patterns are shared read-only and run() keeps no state.
class TemporalTagger
{
public:
    TemporalTagger(); // the shared patterns from the resources
    explicit TemporalTagger(std::shared_ptr<const TemporalPatterns> patterns);

    QVector<Timex> run(const QString &text, const QVector<Token> &tokens, const QVector<Sentence> &sentences,
                       const QDate &dct) const;

private:
    const TemporalPatterns &patterns() const;
    std::shared_ptr<const TemporalPatterns> m_patterns;
};

} // namespace al
