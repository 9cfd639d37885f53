#pragma once

#include "correction.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace al {

// Where the reader was: the selected actor, the back/forward history and the scroll position
// (the text offset at the top of the view). Actors are kept by name, which survives a new
// analysis; ids do not.
struct ReadingViewState
{
    QString actor;
    QStringList back;
    QStringList forward;
    int scroll = -1;

    bool isEmpty() const { return actor.isEmpty() && back.isEmpty() && forward.isEmpty() && scroll < 0; }
    QJsonObject toJson() const;
    static ReadingViewState fromJson(const QJsonObject &object);
    bool operator==(const ReadingViewState &o) const
    {
        return actor == o.actor && back == o.back && forward == o.forward && scroll == o.scroll;
    }
};

// What a sidecar file holds: the reading of one article that is the analyst's own.
struct SidecarData
{
    QString articlePath;           // absolute, when it was saved
    QString checksum;              // SHA-256 of the article file's bytes, hex
    QDate date;                    // the article date the analyst chose; invalid if none
    QVector<CorrectionStep> steps; // the corrections, oldest first (notes are corrections)
    ReadingViewState view;
    QDateTime saved; // UTC

    bool hasWork() const { return !steps.isEmpty() || date.isValid(); }
};

// The sidecar file `NAME.EXT.articlelens.json` that keeps an article's corrections, notes, chosen
// date and view state beside the article, so a reading is reopened as it was left and can travel
// with the article. The file is JSON (format "articlelens-reading", version 1; see README) and is
// written with QSaveFile, so an interrupted write leaves the previous file whole. When the
// article's folder cannot be written to, or when there is nothing but a view state to keep (no
// reason to put a file beside the article), it goes to the application's data folder
// (QStandardPaths::AppDataLocation, "readings/"). A sidecar that cannot be read (corrupt,
// truncated, empty, or from a newer version) is reported, never overwritten: keepAside() renames
// it first. Used by the window's document, the command line and the library.
class Sidecar
{
public:
    static constexpr int kVersion = 1;
    static constexpr const char *kFormat = "articlelens-reading";

    enum class Status { None, Loaded, Unreadable };
    struct Loaded
    {
        Status status = Status::None;
        SidecarData data;
        QString path;    // the file read (or found unreadable)
        QString message; // why it is unreadable
    };

    // Beside the article: "/dir/name.txt" → "/dir/name.txt.articlelens.json".
    static QString besidePath(const QString &articlePath);
    // In the application's data folder, named after the article's absolute path.
    static QString fallbackPath(const QString &articlePath);
    static QString fallbackFolder();

    // SHA-256 of the file's bytes (hex); empty when it cannot be read.
    static QString checksum(const QString &articlePath);

    // The article's sidecar: beside it, else in the data folder (the newer when both exist).
    // Never changes a file.
    static Loaded load(const QString &articlePath);
    static Result<SidecarData> read(const QString &sidecarPath);
    static Result<SidecarData> parse(const QByteArray &bytes);
    static QByteArray serialize(const SidecarData &data);

    // Writes atomically beside the article (when `data` has corrections or a date, or a sidecar
    // is there already and can be written), else in the data folder; returns the path written.
    // A copy in the data folder that a write beside the article supersedes is removed.
    static Result<QString> save(const QString &articlePath, const SidecarData &data);
    // Renames an unreadable sidecar to "NAME.unreadable-YYYYMMDD-HHMMSS[-N]" next to itself and
    // returns the new path; never replaces an existing file.
    static Result<QString> keepAside(const QString &sidecarPath);
};

} // namespace al
