#include "sidecar.h"

#include "atomicfile.h"
#include "outputguard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace al {

namespace {

const QString kSuffix = QStringLiteral(".articlelens.json");

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

QJsonObject ReadingViewState::toJson() const
{
    QJsonObject o;
    if (!actor.isEmpty())
        o.insert(QStringLiteral("actor"), actor);
    if (!back.isEmpty())
        o.insert(QStringLiteral("back"), QJsonArray::fromStringList(back));
    if (!forward.isEmpty())
        o.insert(QStringLiteral("forward"), QJsonArray::fromStringList(forward));
    if (scroll >= 0)
        o.insert(QStringLiteral("scroll"), scroll);
    return o;
}

ReadingViewState ReadingViewState::fromJson(const QJsonObject &o)
{
    ReadingViewState v;
    v.actor = o.value(QStringLiteral("actor")).toString();
    v.back = toStringList(o.value(QStringLiteral("back")));
    v.forward = toStringList(o.value(QStringLiteral("forward")));
    v.scroll = qMax(-1, o.value(QStringLiteral("scroll")).toInt(-1));
    return v;
}

QString Sidecar::besidePath(const QString &articlePath)
{
    return QFileInfo(articlePath).absoluteFilePath() + kSuffix;
}

QString Sidecar::fallbackFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/readings");
}

QString Sidecar::fallbackPath(const QString &articlePath)
{
    // Named after the whole path, so two articles called the same in different folders differ.
    const QFileInfo info(articlePath);
    const QByteArray key =
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return fallbackFolder() + QLatin1Char('/') + QString::fromLatin1(key) + QLatin1Char('-') +
           info.fileName() + kSuffix;
}

QString Sidecar::checksum(const QString &articlePath)
{
    QFile file(articlePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray Sidecar::serialize(const SidecarData &d)
{
    QJsonArray steps;
    for (const CorrectionStep &s : d.steps)
        steps.append(s.toJson());
    QJsonObject article{{QStringLiteral("path"), d.articlePath},
                        {QStringLiteral("name"), QFileInfo(d.articlePath).fileName()},
                        {QStringLiteral("sha256"), d.checksum}};
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("article"), article},
                     {QStringLiteral("saved"), d.saved.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("corrections"), steps},
                     {QStringLiteral("view"), d.view.toJson()}};
    if (d.date.isValid())
        root.insert(QStringLiteral("date"), d.date.toString(Qt::ISODate));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<SidecarData> Sidecar::parse(const QByteArray &bytes)
{
    using R = Result<SidecarData>;
    if (bytes.trimmed().isEmpty())
        return R::failure(QStringLiteral("the file is empty"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(QStringLiteral("it is not valid JSON (at byte %1: %2); it may have been cut short")
                              .arg(error.offset)
                              .arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return R::failure(
            QStringLiteral("it is not an ArticleLens reading (the \"format\" field is missing or wrong)"));
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version > kVersion)
        return R::failure(
            QStringLiteral("it was written by a newer ArticleLens (format version %1; this one reads "
                           "version %2)")
                .arg(version)
                .arg(kVersion));
    if (version < 1)
        return R::failure(QStringLiteral("its format version is missing"));

    SidecarData d;
    const QJsonObject article = root.value(QStringLiteral("article")).toObject();
    d.articlePath = article.value(QStringLiteral("path")).toString();
    d.checksum = article.value(QStringLiteral("sha256")).toString();
    d.saved = QDateTime::fromString(root.value(QStringLiteral("saved")).toString(), Qt::ISODate);
    if (root.contains(QStringLiteral("date"))) {
        d.date = QDate::fromString(root.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!d.date.isValid())
            return R::failure(QStringLiteral("its article date is not a date"));
    }
    const QJsonArray steps = root.value(QStringLiteral("corrections")).toArray();
    for (int i = 0; i < steps.size(); ++i) {
        Result<CorrectionStep> step = CorrectionStep::fromJson(steps.at(i).toObject());
        if (!step.ok())
            return R::failure(
                QStringLiteral("correction %1 cannot be read: %2").arg(i + 1).arg(step.error()));
        d.steps.append(std::move(step).value());
    }
    d.view = ReadingViewState::fromJson(root.value(QStringLiteral("view")).toObject());
    return d;
}

Result<SidecarData> Sidecar::read(const QString &sidecarPath)
{
    QFile file(sidecarPath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<SidecarData>::failure(
            QStringLiteral("it cannot be opened (%1)").arg(file.errorString()));
    // A reading is a few kilobytes; anything past 64 MB is not one.
    if (file.size() > 64ll * 1024 * 1024)
        return Result<SidecarData>::failure(QStringLiteral("it is far too large to be a reading"));
    return parse(file.readAll());
}

Sidecar::Loaded Sidecar::load(const QString &articlePath)
{
    Loaded out;
    const QString beside = besidePath(articlePath);
    const QString fallback = fallbackPath(articlePath);
    const QFileInfo b(beside), f(fallback);
    if (b.isFile() && f.isFile())
        out.path = f.lastModified() > b.lastModified() ? fallback : beside;
    else if (b.isFile())
        out.path = beside;
    else if (f.isFile())
        out.path = fallback;
    else
        return out;
    Result<SidecarData> data = read(out.path);
    if (!data.ok()) {
        out.status = Status::Unreadable;
        out.message = data.error();
        return out;
    }
    out.status = Status::Loaded;
    out.data = std::move(data).value();
    return out;
}

Result<QString> Sidecar::save(const QString &articlePath, const SidecarData &data)
{
    const QByteArray bytes = serialize(data);
    const QString beside = besidePath(articlePath);
    const QString fallback = fallbackPath(articlePath);
    QString besideError;
    // Never write through a name that is the article itself (a link planted in its place).
    if (OutputGuard::sameFile(beside, articlePath)) {
        besideError = QStringLiteral("%1 is the article itself.").arg(beside);
    } else if (data.hasWork() || QFileInfo(beside).isFile()) {
        const Result<bool> written = AtomicFile::write(bytes, beside);
        if (written.ok()) {
            if (QFileInfo(fallback).isFile())
                QFile::remove(fallback); // superseded by the file beside the article
            return beside;
        }
        besideError = written.error();
    }
    if (!QDir().mkpath(fallbackFolder()))
        return Result<QString>::failure(QStringLiteral("%1 And the data folder %2 cannot be made either.")
                                            .arg(besideError, fallbackFolder()));
    const Result<bool> written = AtomicFile::write(bytes, fallback);
    if (!written.ok())
        return Result<QString>::failure(
            besideError.isEmpty() ? written.error() : besideError + QLatin1Char(' ') + written.error());
    return fallback;
}

Result<QString> Sidecar::keepAside(const QString &sidecarPath)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = sidecarPath + QStringLiteral(".unreadable-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = sidecarPath + QStringLiteral(".unreadable-%1-%2").arg(stamp).arg(n);
    // rename() never replaces an existing file, so nothing of the analyst's is lost even in a race.
    if (!QFile::rename(sidecarPath, target))
        return Result<QString>::failure(
            QStringLiteral("%1 could not be renamed to keep it aside").arg(sidecarPath));
    return target;
}

} // namespace al
