#pragma once

#include "nertagger.h"
#include "result.h"

#include <QIODevice>
#include <QTextStream>

namespace al {

// `articlelens-cli tag --conll FILE`: reads CoNLL columns (the token first, blank lines between
// sentences, -DOCSTART- lines between documents) and writes every input line back with one more
// column, the predicted IOB2 tag; -DOCSTART- and blank lines pass through unchanged. Each
// document is tagged as a whole, so document-level features see all of it.
// Thread-safe as long as the streams are not shared.
class ConllTagger
{
public:
    static Result<bool> run(QIODevice &in, QTextStream &out, const NerTagger &tagger = NerTagger::shared());
};

} // namespace al
