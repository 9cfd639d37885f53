#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace al {

// Plain value types of the analysis. Offsets are UTF-16 code units into Article::text
// (QString indices); `end` is exclusive.

// A piece of the document's structure that its reader kept (Markdown's headings, lists, block
// quotes and emphasis), so views and exports show it as written. Not analysed; only shown.
struct TextStyle
{
    int start = 0;
    int end = 0;
    QString kind;  // heading, item (of a list), quote, emphasis, strong, code
    int level = 0; // a heading's level (1 is the largest); a list item's or quote's depth
    bool operator==(const TextStyle &o) const
    {
        return start == o.start && end == o.end && kind == o.kind && level == o.level;
    }
};

struct Token
{
    int start = 0;
    int end = 0;
    QString pos; // Penn Treebank tag, empty until the POS tagger ran
    int length() const { return end - start; }
};

struct Sentence
{
    int start = 0;
    int end = 0;
    int firstToken = 0; // index into the token list
    int tokenCount = 0;
    bool operator==(const Sentence &o) const { return start == o.start && end == o.end; }
};

struct Entity
{
    QString id;
    int start = 0;
    int end = 0;
    QString text;
    QString type; // PERSON, ORGANIZATION, LOCATION, MISC
    QString actor;
    double confidence = 1.0;
    QString note; // the analyst's note on this mention
    bool operator==(const Entity &o) const
    {
        return id == o.id && start == o.start && end == o.end && text == o.text && type == o.type &&
               actor == o.actor && note == o.note;
    }
};

// A mention of an actor that is not a name the NER found: a pronoun ("he", "his") or a
// description ("the US diplomat"). Entities stay names; these are the actor's other mentions.
struct ActorReference
{
    int start = 0;
    int end = 0;
    QString text;
    QString kind; // pronoun, nominal
    bool operator==(const ActorReference &o) const
    {
        return start == o.start && end == o.end && text == o.text && kind == o.kind;
    }
};

struct Actor
{
    QString id;
    QString name;
    QString type;
    QStringList aliases;
    QStringList roles;
    QString affiliation;
    QStringList mentions;               // entity ids
    QVector<ActorReference> references; // pronouns and descriptions, in text order
    QString note;                       // the analyst's note on this actor
    bool operator==(const Actor &o) const
    {
        return id == o.id && name == o.name && type == o.type && aliases == o.aliases && roles == o.roles &&
               affiliation == o.affiliation && mentions == o.mentions && references == o.references &&
               note == o.note;
    }
};

struct Relation
{
    QString id;
    QString source;
    QString target;
    QString label;
    QString kind; // interaction, role, membership, location, other
    int sentence = -1;
    int start = 0;
    int end = 0;
    bool negated = false;
    bool operator==(const Relation &o) const
    {
        return id == o.id && source == o.source && target == o.target && label == o.label && kind == o.kind &&
               sentence == o.sentence && start == o.start && end == o.end && negated == o.negated;
    }
};

struct Timex
{
    QString id;
    int start = 0;
    int end = 0;
    QString text;
    QString type;    // DATE, TIME, DURATION, SET
    QString value;   // TIMEX3 value
    QString mod;     // TIMEX3 mod (START, END, APPROX, ...), optional
    QString begin;   // ISO date of the interval's first day, empty when not anchored
    QString endDate; // ISO date of the interval's last day
    bool operator==(const Timex &o) const
    {
        return id == o.id && start == o.start && end == o.end && text == o.text && type == o.type &&
               value == o.value && mod == o.mod && begin == o.begin && endDate == o.endDate;
    }
};

struct Event
{
    QString id;
    QString label;
    int triggerStart = 0;
    int triggerEnd = 0;
    int sentence = -1;
    QString timex; // id of the governing timex, may be empty
    QString value;
    QString begin;
    QString end;
    QStringList actors;
    QString place;  // actor id of the place, may be empty
    QString status; // occurred, planned, cancelled, negated, reported
    QString note;   // the analyst's note on this event
    bool operator==(const Event &o) const
    {
        return id == o.id && label == o.label && triggerStart == o.triggerStart &&
               triggerEnd == o.triggerEnd && sentence == o.sentence && timex == o.timex && value == o.value &&
               begin == o.begin && end == o.end && actors == o.actors && place == o.place &&
               status == o.status && note == o.note;
    }
};

} // namespace al
