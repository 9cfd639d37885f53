#pragma once

#include "analysis.h"

#include <QColor>
#include <QStringList>
#include <QVector>

namespace al {

// One highlighted mention in an exported PDF: a name or a date of the article.
struct ExportMention
{
    int start = 0;
    int end = 0;
    QString type;      // palette type: PERSON, ORGANIZATION, LOCATION, MISC or DATE
    QString label;     // what the note names first: the entity type, or DATE/TIME/DURATION/SET
    QString id;        // entity or timex id
    QString actor;     // actor id, may be empty
    QString note;      // "PERSON — Antony Blinken, US secretary of state"
    QColor background; // the light tint drawn behind the words
    QColor color;      // the type's colour, for the annotation
};

// The mentions an export highlights: the analysis's entities and dates of the chosen types, in
// text order, each with the note its PDF annotation carries (type, then the actor's name and
// role, or the date's normalised value). Shared by the report exporter and the annotator of
// original PDFs so both say the same thing about the same words.
class MentionList
{
public:
    // `types` are palette types (EntityPalette::types()); DATE stands for every date and time.
    static QVector<ExportMention> collect(const Analysis &analysis, const QStringList &types);
    static QString entityNote(const Analysis &analysis, const Entity &entity);
    static QString timexNote(const Timex &timex);
    // "Tuesday 12 March 2024", "June 2023", "11 – 17 March 2024"; empty when not anchored.
    static QString readableInterval(const QString &beginIso, const QString &endIso);
};

} // namespace al
