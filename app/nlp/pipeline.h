#pragma once

#include "analysis.h"
#include "article.h"
#include "canceltoken.h"

namespace al {

// Runs the NLP stages in order over an article and returns its Analysis:
// tokenizer → sentence splitter → POS tagger → NER → temporal tagger → actor resolver →
// relations → events. Models are loaded once (on first use) and shared read-only, so one
// Pipeline may run on several threads at once. When the token is cancelled, run() returns
// early with what it has; the caller discards it.
class Pipeline
{
public:
    static const Pipeline &shared();

    Analysis run(const Article &article, const CancelToken *cancel = nullptr,
                 const ProgressFunction &progress = {}) const;

    // Versions of the loaded models, for Help → About ("ner 1 (a1b2c3)", ...).
    QStringList modelVersions() const;

private:
    Pipeline();
};

} // namespace al
