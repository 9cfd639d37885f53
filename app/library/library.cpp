#include "library.h"

#include "actorplacement.h"
#include "librarylocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>

namespace al {

namespace {

QByteArray sentenceBlob(const QVector<Sentence> &sentences)
{
    QByteArray out;
    out.resize(sentences.size() * 8);
    char *p = out.data();
    for (const Sentence &s : sentences) {
        qToLittleEndian<qint32>(s.start, p);
        qToLittleEndian<qint32>(s.end, p + 4);
        p += 8;
    }
    return out;
}

QString sourceOf(const Analysis &a)
{
    if (!a.author.isEmpty())
        return a.author;
    return QFileInfo(QFileInfo(a.path).absolutePath()).fileName();
}

QStringList splitLines(const QString &s)
{
    return s.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

Library::Library(std::shared_ptr<LibraryDatabase> db) : m_db(std::move(db)) {}

QString Library::defaultPath()
{
    return LibraryLocation::defaultPath();
}

Result<std::shared_ptr<Library>> Library::open(const QString &path, const LibraryDatabase::Options &options)
{
    auto db = LibraryDatabase::open(path, options);
    if (!db)
        return Result<std::shared_ptr<Library>>::failure(db.error());
    return Result<std::shared_ptr<Library>>(std::shared_ptr<Library>(new Library(std::move(db).value())));
}

QString Library::checksum(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString Library::fileChecksum(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

Library::FileCheck Library::checkFile(const QString &absolutePath, const QString &checksum, QString *error)
{
    FileCheck check;
    QSqlQuery q = m_db->query();
    if (!m_db->exec(q, QStringLiteral("SELECT id, checksum FROM articles WHERE path = ?"), {absolutePath},
                    error))
        return check;
    if (q.next()) {
        check.article = q.value(0).toLongLong();
        check.state = q.value(1).toString() == checksum ? FileState::Unchanged : FileState::Changed;
        return check;
    }
    q.finish();
    if (!m_db->exec(q, QStringLiteral("SELECT id, path FROM articles WHERE checksum = ? LIMIT 1"), {checksum},
                    error))
        return check;
    if (q.next()) {
        check.state = FileState::Duplicate;
        check.article = q.value(0).toLongLong();
        check.otherPath = q.value(1).toString();
    }
    return check;
}

Result<qint64> Library::store(const Analysis &a, const QString &checksum, const QByteArray &corrections)
{
    using R = Result<qint64>;
    if (a.path.isEmpty())
        return R::failure(QStringLiteral("the analysis names no article file (source.path is empty)"));
    const QString path = QFileInfo(a.path).absoluteFilePath();
    QString error;
    auto fail = [&error]() { return R::failure(error); };

    LibraryDatabase::Transaction t(*m_db);
    if (!t.ok())
        return R::failure(t.error());
    QSqlQuery q = m_db->query();
    QSet<qint64> touched;
    const QVariant old =
        m_db->scalar(QStringLiteral("SELECT id FROM articles WHERE path = ?"), {path}, &error);
    if (!error.isEmpty())
        return fail();
    if (old.isValid()) {
        if (!m_db->exec(q, QStringLiteral("SELECT DISTINCT actor FROM appearances WHERE article = ?"), {old},
                        &error))
            return fail();
        while (q.next())
            touched.insert(q.value(0).toLongLong());
        q.finish();
        if (!m_db->exec(q, QStringLiteral("DELETE FROM article_text WHERE rowid = ?"), {old}, &error) ||
            !m_db->exec(q, QStringLiteral("DELETE FROM articles WHERE id = ?"), {old}, &error))
            return fail();
    }

    const QByteArray json = qCompress(a.toJsonBytes(false), 6);
    if (!m_db->exec(q,
                    QStringLiteral("INSERT INTO articles(id, path, checksum, title, source, author, date, "
                                   "date_source, format, words, added, analysis, sentences, corrections) "
                                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {old, path, checksum, a.title, sourceOf(a), a.author,
                     a.date.isValid() ? a.date.toString(Qt::ISODate) : QString(),
                     dateSourceName(a.dateSource), a.format, a.wordCount(),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate), json, sentenceBlob(a.sentences),
                     corrections.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(corrections))},
                    &error))
        return fail();
    const qint64 id = q.lastInsertId().toLongLong();
    if (!m_db->exec(q, QStringLiteral("INSERT INTO article_text(rowid, title, body) VALUES(?, ?, ?)"),
                    {id, a.title, a.text}, &error))
        return fail();

    // Named actors first, so that a surname alone is decided with the article's others known.
    QVector<const Actor *> order;
    for (const Actor &x : a.actors)
        order << &x;
    std::stable_sort(order.begin(), order.end(), [](const Actor *x, const Actor *y) {
        return !ActorPlacement::isSurnameOnly({x->name, x->type, {}, {}}) &&
               ActorPlacement::isSurnameOnly({y->name, y->type, {}, {}});
    });
    QHash<QString, int> firstStart, firstEnd;
    for (const Entity &e : a.entities)
        if (!e.actor.isEmpty() && (!firstStart.contains(e.actor) || e.start < firstStart[e.actor])) {
            firstStart[e.actor] = e.start;
            firstEnd[e.actor] = e.end;
        }
    ActorPlacement placement(*m_db);
    QHash<QString, qint64> appearanceOf;
    QSet<qint64> context;
    QSqlQuery insertAppearance = m_db->query();
    QSqlQuery insertName = m_db->query();
    for (const Actor *x : order) {
        if (x->name.trimmed().isEmpty() || appearanceOf.contains(x->id))
            continue;
        ActorPlacement::Appearance ap{{x->name, x->type, x->affiliation, x->roles}, x->aliases, path};
        const qint64 actor = placement.place(ap, context, &error);
        if (!actor)
            return R::failure(error.isEmpty() ? QStringLiteral("an actor could not be placed") : error);
        if (!m_db->exec(
                insertAppearance,
                QStringLiteral("INSERT INTO appearances(article, local, actor, name, type, side, roles, "
                               "aliases, mentions, first_start, first_end) "
                               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {id, x->id, actor, x->name, x->type, x->affiliation, x->roles.join(QLatin1Char('\n')),
                 x->aliases.join(QLatin1Char('\n')), int(x->mentions.size() + x->references.size()),
                 firstStart.value(x->id), firstEnd.value(x->id)},
                &error))
            return fail();
        const qint64 appearance = insertAppearance.lastInsertId().toLongLong();
        appearanceOf.insert(x->id, appearance);
        for (const auto &k : ActorPlacement::keys(ap.profile, x->aliases)) {
            if (!m_db->exec(
                    insertName,
                    QStringLiteral("INSERT OR IGNORE INTO names(key, kind, appearance) VALUES(?, ?, ?)"),
                    {k.first, k.second, appearance}, &error))
                return fail();
            if (k.second == QLatin1String("part") ||
                (k.second == QLatin1String("full") && ActorPlacement::isSurnameOnly(ap.profile)))
                m_unsettled.insert(k.first);
        }
        context.insert(actor);
        touched.insert(actor);
    }

    QSqlQuery insertEvent = m_db->query();
    QSqlQuery insertEventActor = m_db->query();
    for (const Event &v : a.events) {
        const Sentence s =
            v.sentence >= 0 && v.sentence < a.sentences.size() ? a.sentences[v.sentence] : Sentence{};
        if (!m_db->exec(
                insertEvent,
                QStringLiteral("INSERT INTO events(article, local, label, trigger, status, value, begin, "
                               "end, trigger_start, trigger_end, sentence_start, sentence_end) "
                               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {id, v.id, v.label, a.text.mid(v.triggerStart, v.triggerEnd - v.triggerStart), v.status,
                 v.value, v.begin, v.end, v.triggerStart, v.triggerEnd, s.start, s.end},
                &error))
            return fail();
        const qint64 event = insertEvent.lastInsertId().toLongLong();
        int position = 0;
        for (const QString &actorId : v.actors) {
            const qint64 appearance = appearanceOf.value(actorId);
            if (!appearance)
                continue;
            if (!m_db->exec(insertEventActor,
                            QStringLiteral("INSERT OR IGNORE INTO event_actors(event, position, appearance) "
                                           "VALUES(?, ?, ?)"),
                            {event, position++, appearance}, &error))
                return fail();
        }
    }
    QSqlQuery insertRelation = m_db->query();
    for (const Relation &r : a.relations) {
        const qint64 source = appearanceOf.value(r.source), target = appearanceOf.value(r.target);
        if (!source || !target)
            continue;
        if (!m_db->exec(insertRelation,
                        QStringLiteral("INSERT INTO relations(article, source, target, label, kind, negated, "
                                       "start, end) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                        {id, source, target, r.label, r.kind, r.negated ? 1 : 0, r.start, r.end}, &error))
            return fail();
    }
    if (!placement.refresh(touched, &error))
        return fail();
    if (m_db->schemaVersion() >= 2 &&
        !m_db->exec(q, QStringLiteral("DELETE FROM pending_imports WHERE path = ?"), {path}, &error))
        return fail();
    if (!t.commit())
        return R::failure(t.error());
    return id;
}

Result<int> Library::settleActors()
{
    using R = Result<int>;
    if (m_unsettled.isEmpty())
        return 0;
    QString error;
    LibraryDatabase::Transaction t(*m_db);
    if (!t.ok())
        return R::failure(t.error());
    ActorPlacement placement(*m_db);
    const QSet<qint64> changed = placement.resolveSurnames(m_unsettled, &error);
    if (!error.isEmpty() || !placement.refresh(changed, &error))
        return R::failure(error);
    if (!t.commit())
        return R::failure(t.error());
    m_unsettled.clear();
    return int(changed.size() / 2);
}

Result<int> Library::remove(const QVector<qint64> &articles)
{
    using R = Result<int>;
    QString error;
    LibraryDatabase::Transaction t(*m_db);
    if (!t.ok())
        return R::failure(t.error());
    QSqlQuery q = m_db->query();
    QSet<qint64> touched;
    int removed = 0;
    for (qint64 id : articles) {
        if (!m_db->exec(q, QStringLiteral("SELECT DISTINCT actor FROM appearances WHERE article = ?"), {id},
                        &error))
            return R::failure(error);
        while (q.next())
            touched.insert(q.value(0).toLongLong());
        q.finish();
        if (!m_db->exec(q, QStringLiteral("DELETE FROM article_text WHERE rowid = ?"), {id}, &error) ||
            !m_db->exec(q, QStringLiteral("DELETE FROM articles WHERE id = ?"), {id}, &error))
            return R::failure(error);
        removed += q.numRowsAffected() > 0 ? 1 : 0;
    }
    ActorPlacement placement(*m_db);
    if (!placement.refresh(touched, &error))
        return R::failure(error);
    if (!t.commit())
        return R::failure(t.error());
    return removed;
}

QVector<qint64> Library::articlesUnder(const QStringList &paths, QString *error)
{
    QVector<qint64> out;
    QSqlQuery q = m_db->query();
    for (const QString &p : paths) {
        const QString path = QFileInfo(p).absoluteFilePath();
        const QString folder = path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/');
        if (!m_db->exec(
                q,
                QStringLiteral("SELECT id FROM articles WHERE path = ? OR substr(path, 1, length(?)) = ? "
                               "ORDER BY id"),
                {path, folder, folder}, error))
            return {};
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!out.contains(id))
                out << id;
        }
        q.finish();
    }
    return out;
}

int Library::articleCount(QString *error)
{
    return m_db->scalar(QStringLiteral("SELECT count(*) FROM articles"), {}, error).toInt();
}

namespace {

const char *const kArticleColumns =
    "SELECT a.id, a.path, a.checksum, a.title, a.source, a.author, a.date, a.date_source, a.format, a.words, "
    "a.added, a.corrections IS NOT NULL, "
    "(SELECT count(*) FROM appearances WHERE article = a.id), "
    "(SELECT count(*) FROM events WHERE article = a.id), "
    "(SELECT group_concat(name, char(10)) FROM (SELECT c.name FROM appearances p JOIN actors c ON c.id = "
    "p.actor WHERE p.article = a.id ORDER BY p.type = 'PERSON' DESC, p.mentions DESC, p.id LIMIT 6)) "
    "FROM articles a ";

LibraryArticle readArticle(const QSqlQuery &q)
{
    LibraryArticle r;
    r.id = q.value(0).toLongLong();
    r.path = q.value(1).toString();
    r.checksum = q.value(2).toString();
    r.title = q.value(3).toString();
    r.source = q.value(4).toString();
    r.author = q.value(5).toString();
    r.date = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    r.dateSource = q.value(7).toString();
    r.format = q.value(8).toString();
    r.words = q.value(9).toInt();
    r.added = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
    r.hasCorrections = q.value(11).toBool();
    r.actorCount = q.value(12).toInt();
    r.eventCount = q.value(13).toInt();
    r.actors = splitLines(q.value(14).toString());
    return r;
}

} // namespace

QVector<LibraryArticle> Library::articles(QString *error)
{
    QVector<LibraryArticle> out;
    QSqlQuery q = m_db->query();
    q.setForwardOnly(true);
    if (!m_db->exec(q, QString::fromLatin1(kArticleColumns) + QStringLiteral("ORDER BY a.date, a.id"), {},
                    error))
        return out;
    while (q.next())
        out << readArticle(q);
    return out;
}

std::optional<LibraryArticle> Library::article(qint64 id, QString *error)
{
    QSqlQuery q = m_db->query();
    if (!m_db->exec(q, QString::fromLatin1(kArticleColumns) + QStringLiteral("WHERE a.id = ?"), {id},
                    error) ||
        !q.next())
        return std::nullopt;
    return readArticle(q);
}

qint64 Library::articleForPath(const QString &absolutePath, QString *error)
{
    return m_db->scalar(QStringLiteral("SELECT id FROM articles WHERE path = ?"), {absolutePath}, error)
        .toLongLong();
}

Result<Analysis> Library::analysis(qint64 id)
{
    QString error;
    const QVariant blob =
        m_db->scalar(QStringLiteral("SELECT analysis FROM articles WHERE id = ?"), {id}, &error);
    if (!blob.isValid())
        return Result<Analysis>::failure(
            error.isEmpty() ? QStringLiteral("the library has no article %1").arg(id) : error);
    const QByteArray json = qUncompress(blob.toByteArray());
    if (json.isEmpty())
        return Result<Analysis>::failure(
            m_db->describe(QStringLiteral("the stored analysis of article %1 is corrupt").arg(id)));
    return Analysis::fromJsonBytes(json);
}

QByteArray Library::corrections(qint64 id, QString *error)
{
    return m_db->scalar(QStringLiteral("SELECT corrections FROM articles WHERE id = ?"), {id}, error)
        .toString()
        .toUtf8();
}

bool Library::queue(const QStringList &absolutePaths, const QVector<QDate> &dates, QString *error)
{
    LibraryDatabase::Transaction t(*m_db);
    if (!t.ok()) {
        if (error)
            *error = t.error();
        return false;
    }
    QSqlQuery q = m_db->query();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (int i = 0; i < absolutePaths.size(); ++i) {
        const QDate d = dates.value(i);
        if (!m_db->exec(
                q,
                QStringLiteral("INSERT OR REPLACE INTO pending_imports(path, date, queued) VALUES(?, ?, ?)"),
                {absolutePaths[i], d.isValid() ? d.toString(Qt::ISODate) : QString(), now}, error))
            return false;
    }
    if (!t.commit()) {
        if (error)
            *error = t.error();
        return false;
    }
    return true;
}

QVector<QPair<QString, QDate>> Library::pending(QString *error)
{
    QVector<QPair<QString, QDate>> out;
    QSqlQuery q = m_db->query();
    if (!m_db->exec(q, QStringLiteral("SELECT path, date FROM pending_imports ORDER BY rowid"), {}, error))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate)});
    return out;
}

bool Library::unqueue(const QStringList &absolutePaths, QString *error)
{
    LibraryDatabase::Transaction t(*m_db);
    if (!t.ok()) {
        if (error)
            *error = t.error();
        return false;
    }
    QSqlQuery q = m_db->query();
    for (const QString &p : absolutePaths)
        if (!m_db->exec(q, QStringLiteral("DELETE FROM pending_imports WHERE path = ?"), {p}, error))
            return false;
    if (!t.commit()) {
        if (error)
            *error = t.error();
        return false;
    }
    return true;
}

} // namespace al
