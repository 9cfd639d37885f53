#pragma once

#include "analysis.h"
#include "correction.h"

namespace al {

// The analyst's corrections as a layer over the automatic analysis: apply() takes the analysis
// the pipeline made and the steps in the order they were taken and gives the merged analysis,
// the one every view and exporter shows. The automatic analysis is never edited, so a new one
// (another article date, a newer model) gets the same corrections again; a correction whose
// words or items are gone is reported as an orphan and kept, never dropped.
//
// What each kind of correction names (targets) and sets (value, detail):
//
// | kind             | targets                          | value / detail                     |
// | ---------------- | -------------------------------- | ---------------------------------- |
// | addEntity        | the words                        | type                               |
// | removeEntity     | the mention                      |                                    |
// | retypeEntity     | the mention                      | type                               |
// | changeEntitySpan | the mention; `span` the new words|                                    |
// | mergeActors      | actors (kept first)              |                                    |
// | splitMention     | the mention [, actor to join]    |                                    |
// | renameActor      | the actor                        | name                               |
// | setActorRole     | the actor                        | role (empty: none)                 |
// | setActorSide     | the actor                        | side (empty: none)                 |
// | addRelation      | source actor, target actor       | label / kind                       |
// | removeRelation   | evidence, source, target         | (names: label, source, target)     |
// | relabelRelation  | evidence, source, target         | label                              |
// | setEventDate     | the trigger                      | TIMEX3 value (empty: no date)      |
// | setEventStatus   | the trigger                      | status                             |
// | setEventLabel    | the trigger                      | label                              |
// | removeEvent      | the trigger                      |                                    |
// | note             | the mention, actor or trigger    | the note / mention, actor, event   |
class CorrectionLayer
{
public:
    struct Orphan
    {
        int step = 0;       // index into the steps
        int correction = 0; // index into the step's corrections
        QString text;       // the step's words
        QString reason;     // why it could not be applied
    };

    // `before`, when given, gets the analysis as it was before each of the last `keep` steps
    // (oldest first): what an undo of those steps gives back without applying the others again.
    static Analysis apply(const Analysis &automatic, const QVector<CorrectionStep> &steps,
                          QVector<Orphan> *orphans = nullptr, QVector<Analysis> *before = nullptr,
                          int keep = 0);
    // One correction on an analysis; false with the reason when what it names is not there.
    static bool apply(Analysis &analysis, const Correction &correction, QString *why);
    // The whole step; false (the analysis unchanged) if any of its corrections cannot be applied.
    static bool applyStep(Analysis &analysis, const CorrectionStep &step, QString *why);

    // The correction in words, for the undo history: "Mark 'Acme Freight' as organisation",
    // "Merge 'the president' into 'Joe Biden'", "Move 'talks in Geneva' to May 2023".
    static QString describe(const Correction &correction);
    // A step of these corrections, named after the first (with the count when there are more).
    static CorrectionStep step(const QVector<Correction> &corrections);
};

} // namespace al
