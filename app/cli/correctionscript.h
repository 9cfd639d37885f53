#pragma once

#include "analysis.h"
#include "correction.h"
#include "result.h"

#include <QJsonObject>

namespace al {

// One line of `articlelens-cli correct`: a JSON object naming a correction the way a person
// would ("the words", "the actor's name", "words of the event's label"), turned into a step of
// anchored corrections against the merged analysis. A text or name matches every occurrence
// unless "occurrence": N picks the N-th (from 1). The operations and their fields:
//   addEntity {text, type}            removeEntity {text}        retypeEntity {text, type}
//   changeEntitySpan {text, to}       splitMention {text[, into]}
//   mergeActors {names: [kept, ...]}  renameActor {name, to}
//   setActorRole {name, role}         setActorSide {name, side}
//   addRelation {source, target, label[, kind]}
//   removeRelation {source, target[, label]}   relabelRelation {source, target[, label], to}
//   setEventDate {event, date}        setEventStatus {event, status}
//   setEventLabel {event, to}         removeEvent {event}
//   note {text | name | event, note}
// Types are PER, ORG, LOC, MISC (or PERSON, ORGANIZATION, LOCATION); dates are TIMEX3 values
// ("2023", "2023-05", "2023-W22", "2023-05-14"; "" takes the date away).
class CorrectionScript
{
public:
    static Result<CorrectionStep> parse(const QJsonObject &line, const Analysis &analysis);
    static Result<CorrectionStep> parse(const QByteArray &line, const Analysis &analysis);
    // The operations, for --help.
    static QStringList operations();
};

} // namespace al
