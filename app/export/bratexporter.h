#pragma once

#include "analysis.h"
#include "exportfile.h"

namespace al {

// The reading as brat standoff (https://brat.nlplab.org/standoff.html), which brat and INCEpTION
// import: NAME.txt (the article text, UTF-8) and NAME.ann, plus an annotation.conf that declares
// the types when the folder has none. In NAME.ann:
//   T  names (Person, Organization, Location, Misc), dates (Date, Time, Duration, Set) and event
//      triggers (Event), with offsets in Unicode characters as brat counts them; a name broken
//      by a line break is given as fragments;
//   R  Coreference from each further mention of an actor to its first, and the relations between
//      actors by kind (Interaction, Role, Membership, Locative, Other), from the source's mention
//      nearest the evidence to the target's;
//   E  events with their participants (Participant, Participant2, ...), place and time;
//   A  Status of each event; Negated on negated relations;
//   #  AnnotatorNotes: actor names and roles, relation labels, event labels, the analyst's notes.
class BratExporter
{
public:
    // `path` is NAME.ann, NAME.txt or NAME; the files go beside it.
    static ExportFiles render(const Analysis &analysis, const QString &path);
    static QByteArray annotations(const Analysis &analysis);
    static QByteArray configuration();
};

} // namespace al
