#pragma once

#include "analysis.h"
#include "library.h"

#include <QTemporaryDir>
#include <QtTest>

// Hand-made analyses for the library tests: each actor gets one sentence ("NAME was there.")
// with its name as an entity, so offsets are real without running the pipeline.
struct FixtureActor
{
    QString name;
    QString type = QStringLiteral("PERSON");
    QString side;
    QStringList roles;
    QStringList aliases;
};

inline al::Analysis fixtureArticle(const QString &path, const QString &date,
                                   const QVector<FixtureActor> &actors,
                                   const QString &title = QStringLiteral("A fixture article"))
{
    al::Analysis a;
    a.path = path;
    a.format = QStringLiteral("text");
    a.title = title;
    a.date = QDate::fromString(date, Qt::ISODate);
    a.dateSource = al::DateSource::Option;
    a.text = title + QStringLiteral("\n\n");
    a.titleEnd = int(title.size());
    a.sentences.append({0, int(title.size()), 0, 0});
    int n = 0;
    for (const FixtureActor &f : actors) {
        ++n;
        const int start = int(a.text.size());
        a.text += f.name;
        al::Entity e;
        e.id = QStringLiteral("e%1").arg(n);
        e.start = start;
        e.end = int(a.text.size());
        e.text = f.name;
        e.type = f.type;
        e.actor = QStringLiteral("a%1").arg(n);
        a.entities << e;
        a.text += QStringLiteral(" was there. ");
        a.sentences.append({start, int(a.text.size()) - 1, 0, 0});
        al::Actor x;
        x.id = e.actor;
        x.name = f.name;
        x.type = f.type;
        x.affiliation = f.side;
        x.roles = f.roles;
        x.aliases = f.aliases;
        x.mentions = {e.id};
        a.actors << x;
    }
    return a;
}

// A library in a temporary folder.
struct FixtureLibrary
{
    QTemporaryDir dir;
    std::shared_ptr<al::Library> library;

    FixtureLibrary()
    {
        auto opened = al::Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        library = opened.value();
    }
    QString path(const QString &name) const { return dir.filePath(name); }
    qint64 store(const al::Analysis &a)
    {
        const auto stored = library->store(a, al::Library::checksum(a.text.toUtf8()));
        if (!stored)
            qFatal("%s", qPrintable(stored.error()));
        return stored.value();
    }
};
