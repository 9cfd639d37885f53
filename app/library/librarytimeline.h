#pragma once

#include "analysis.h"
#include "libraryrecords.h"
#include "result.h"

#include <QDate>

namespace al {

class Library;

// The events of many articles on one axis. Events with the same dates and the same library
// actors (or, when one names no actor, the same predicate) are one event reported by several
// articles: it keeps each report as a source, and takes its label and status from the latest
// report (a visit "planned" in May and "held" in June was held). Only dated events are shown.
class LibraryTimeline
{
public:
    struct Query
    {
        QVector<qint64> actors;   // events these actors take part in; empty: all
        QVector<qint64> articles; // events of these articles (a search's hits); empty: all
        QDate from;               // events that overlap [from, to]
        QDate to;
        int limit = 5000; // reports read, earliest first
    };

    explicit LibraryTimeline(Library &library);

    Result<QVector<LibraryEvent>> events(const Query &query);

    // The events as an Analysis the timeline renderer and view draw: actors are the library's
    // ("L12"), events "g1", "g2"... in the order given, labelled with their number of sources.
    static Analysis toAnalysis(const QVector<LibraryEvent> &events, const QVector<LibraryActor> &actors);
    // Library actor id of an actor id in such an Analysis, 0 when it is not one.
    static qint64 libraryActorId(const QString &analysisId);
    static QString analysisActorId(qint64 libraryActor);

private:
    Library &m_library;
};

} // namespace al
