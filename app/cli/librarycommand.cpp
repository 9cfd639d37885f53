#include "librarycommand.h"

#include "actorgraph.h"
#include "cliargs.h"
#include "exportformats.h"
#include "library.h"
#include "libraryactors.h"
#include "librarygraph.h"
#include "libraryimporter.h"
#include "librarysearch.h"
#include "librarytimeline.h"
#include "outputguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace al {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject articleJson(const LibraryArticle &a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("path"), a.path},
                       {QStringLiteral("title"), a.title},
                       {QStringLiteral("source"), a.source},
                       {QStringLiteral("date"), isoDate(a.date)},
                       {QStringLiteral("dateSource"), a.dateSource},
                       {QStringLiteral("format"), a.format},
                       {QStringLiteral("words"), a.words},
                       {QStringLiteral("actors"), a.actorCount},
                       {QStringLiteral("events"), a.eventCount},
                       {QStringLiteral("mainActors"), strings(a.actors)},
                       {QStringLiteral("checksum"), a.checksum},
                       {QStringLiteral("corrections"), a.hasCorrections}};
}

QJsonObject actorJson(const LibraryActor &a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("type"), a.type},
                       {QStringLiteral("side"), a.side},
                       {QStringLiteral("roles"), strings(a.roles)},
                       {QStringLiteral("aliases"), strings(a.aliases)},
                       {QStringLiteral("articles"), a.articles},
                       {QStringLiteral("mentions"), a.mentions}};
}

QJsonObject reportJson(const LibraryImporter::Report &r)
{
    QJsonArray failures;
    for (const auto &f : r.failures)
        failures.append(QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("reason"), f.reason}});
    const double seconds = r.elapsedMs / 1000.0;
    QJsonObject o{{QStringLiteral("files"), r.files},
                  {QStringLiteral("added"), r.added},
                  {QStringLiteral("updated"), r.updated},
                  {QStringLiteral("unchanged"), r.unchanged},
                  {QStringLiteral("duplicates"), r.duplicates},
                  {QStringLiteral("failed"), int(r.failures.size()) - r.duplicates},
                  {QStringLiteral("failures"), failures},
                  {QStringLiteral("actorsMoved"), r.moved},
                  {QStringLiteral("cancelled"), r.cancelled},
                  {QStringLiteral("seconds"), seconds}};
    if (seconds > 0)
        o.insert(QStringLiteral("articlesPerSecond"), (r.added + r.updated) / seconds);
    if (!r.error.isEmpty())
        o.insert(QStringLiteral("error"), r.error);
    return o;
}

} // namespace

LibraryCommand::LibraryCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int LibraryCommand::usageError(const QString &message)
{
    m_err << "articlelens-cli library: " << message << "\n"
          << "Try 'articlelens-cli --help'.\n";
    m_err.flush();
    return 2;
}

int LibraryCommand::fail(const QString &message)
{
    m_err << "articlelens-cli: " << message << "\n";
    m_err.flush();
    return 1;
}

int LibraryCommand::print(const QJsonDocument &doc)
{
    m_out << QString::fromUtf8(doc.toJson(m_compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (m_compact)
        m_out << "\n";
    m_out.flush();
    return 0;
}

bool LibraryCommand::checkNoOptions(const QStringList &args)
{
    const QString option = CliArgs::firstOption(args);
    if (!option.isEmpty()) {
        usageError(QStringLiteral("unknown option '%1'").arg(option));
        return false;
    }
    return true;
}

bool LibraryCommand::openLibrary(bool create)
{
    LibraryDatabase::Options options;
    options.readOnly = !create && !QFileInfo::exists(m_path);
    auto opened = Library::open(m_path, options);
    if (!opened) {
        fail(opened.error());
        return false;
    }
    m_library = opened.value();
    return true;
}

int LibraryCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    bool present = false;
    if (!CliArgs::takeOption(args, QStringLiteral("--library"), &m_path, &present))
        return usageError(QStringLiteral("--library needs a file name"));
    if (!present)
        m_path = Library::defaultPath();
    m_compact = CliArgs::takeFlag(args, QStringLiteral("--compact"));
    if (args.isEmpty())
        return usageError(QStringLiteral("library needs a subcommand (add, search, actors, timeline, ...)"));
    const QString sub = args.takeFirst();
    using Handler = int (LibraryCommand::*)(QStringList);
    static const QHash<QString, Handler> handlers = {
        {QStringLiteral("add"), &LibraryCommand::add},
        {QStringLiteral("list"), &LibraryCommand::list},
        {QStringLiteral("search"), &LibraryCommand::search},
        {QStringLiteral("actors"), &LibraryCommand::actors},
        {QStringLiteral("actor"), &LibraryCommand::actor},
        {QStringLiteral("timeline"), &LibraryCommand::timeline},
        {QStringLiteral("graph"), &LibraryCommand::graph},
        {QStringLiteral("remove"), &LibraryCommand::remove},
        {QStringLiteral("export"), &LibraryCommand::exportArticles},
        {QStringLiteral("merge"), &LibraryCommand::merge},
        {QStringLiteral("split"), &LibraryCommand::split},
        {QStringLiteral("history"), &LibraryCommand::history},
        {QStringLiteral("check"), &LibraryCommand::check},
        {QStringLiteral("info"), &LibraryCommand::info},
    };
    if (sub == QLatin1String("undo") || sub == QLatin1String("redo"))
        return undoRedo(args, sub == QLatin1String("undo"));
    const auto it = handlers.find(sub);
    if (it == handlers.end())
        return usageError(QStringLiteral("unknown subcommand '%1'").arg(sub));
    return (this->*it.value())(args);
}

int LibraryCommand::add(QStringList args)
{
    QString jsonl, dateText, threadsText;
    bool fromJsonl = false, hasDate = false, hasThreads = false;
    if (!CliArgs::takeOption(args, QStringLiteral("--from-jsonl"), &jsonl, &fromJsonl))
        return usageError(QStringLiteral("--from-jsonl needs a file (or - for stdin)"));
    if (!CliArgs::takeOption(args, QStringLiteral("--date"), &dateText, &hasDate))
        return usageError(QStringLiteral("--date needs a value (YYYY-MM-DD)"));
    if (!CliArgs::takeOption(args, QStringLiteral("--threads"), &threadsText, &hasThreads))
        return usageError(QStringLiteral("--threads needs a number"));
    const bool resume = CliArgs::takeFlag(args, QStringLiteral("--resume"));
    const bool quiet = CliArgs::takeFlag(args, QStringLiteral("--quiet"));
    if (!checkNoOptions(args))
        return 2;
    QDate date;
    if (hasDate) {
        date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid())
            return usageError(
                QStringLiteral("--date '%1' is not a date of the form YYYY-MM-DD").arg(dateText));
    }
    const int threads = hasThreads ? threadsText.toInt() : 0;
    if (hasThreads && threads <= 0)
        return usageError(QStringLiteral("--threads '%1' is not a positive number").arg(threadsText));
    if (args.isEmpty() && !fromJsonl && !resume)
        return usageError(QStringLiteral("add needs files or folders (or --from-jsonl FILE, or --resume)"));
    if ((fromJsonl || resume) && !args.isEmpty())
        return usageError(QStringLiteral("--from-jsonl and --resume take no other paths"));

    // Never write the library over one of the articles.
    QStringList missing;
    const QStringList files = LibraryImporter::collect(args, &missing);
    if (const Result<bool> safe = OutputGuard::check(m_path, files); !safe)
        return fail(safe.error());
    if (!openLibrary())
        return 1;
    LibraryImporter importer(*m_library);
    importer.setThreads(threads);
    auto progress = [this, quiet](int done, int total, const QString &path) {
        if (quiet)
            return;
        if (total > 0)
            m_err << QStringLiteral("articlelens-cli: [%1/%2] %3\n").arg(done).arg(total).arg(path);
        else
            m_err << QStringLiteral("articlelens-cli: [%1] %2\n").arg(done).arg(path);
        m_err.flush();
    };
    LibraryImporter::Report report;
    if (fromJsonl) {
        QFile input;
        const bool opened = jsonl == QLatin1String("-")
                                ? input.open(stdin, QIODevice::ReadOnly)
                                : (input.setFileName(jsonl), input.open(QIODevice::ReadOnly));
        if (!opened)
            return fail(QStringLiteral("%1 cannot be read: %2").arg(jsonl, input.errorString()));
        report = importer.importJsonLines(
            input, jsonl == QLatin1String("-") ? QStringLiteral("stdin") : jsonl, nullptr, progress);
    } else if (resume) {
        report = importer.resume(nullptr, progress);
    } else {
        QVector<LibraryImporter::Item> items;
        for (const QString &f : files)
            items << LibraryImporter::Item{f, date};
        report = importer.run(items, nullptr, progress);
        for (const QString &m : missing)
            report.failures.prepend({m, QStringLiteral("no such file or folder")});
        if (files.isEmpty() && missing.isEmpty())
            report.failures << LibraryImporter::Failure{
                args.join(QLatin1Char(' ')),
                QStringLiteral("no article files (.txt, .html, .md, .pdf) found")};
    }
    QJsonObject o = reportJson(report);
    o.insert(QStringLiteral("library"), m_library->path());
    print(QJsonDocument(o));
    if (!report.error.isEmpty())
        return fail(report.error);
    for (const auto &f : report.failures)
        m_err << "articlelens-cli: " << f.path << ": " << f.reason << "\n";
    m_err.flush();
    return int(report.failures.size()) - report.duplicates > 0 ? 1 : 0;
}

int LibraryCommand::list(QStringList args)
{
    if (!args.isEmpty())
        return usageError(QStringLiteral("list takes no arguments"));
    if (!openLibrary(false))
        return 1;
    QString error;
    QJsonArray out;
    for (const LibraryArticle &a : m_library->articles(&error))
        out.append(articleJson(a));
    if (!error.isEmpty())
        return fail(error);
    return print(QJsonDocument(out));
}

int LibraryCommand::search(QStringList args)
{
    SearchQuery query;
    QString from, to, limit;
    bool hasActor = false, hasFrom = false, hasTo = false, hasSide = false, hasLimit = false;
    if (!CliArgs::takeOption(args, QStringLiteral("--actor"), &query.actor, &hasActor) ||
        !CliArgs::takeOption(args, QStringLiteral("--from"), &from, &hasFrom) ||
        !CliArgs::takeOption(args, QStringLiteral("--to"), &to, &hasTo) ||
        !CliArgs::takeOption(args, QStringLiteral("--side"), &query.side, &hasSide) ||
        !CliArgs::takeOption(args, QStringLiteral("--limit"), &limit, &hasLimit))
        return usageError(QStringLiteral("an option of search is missing its value"));
    // A query may start with a minus ("-word"): only known options are options here.
    query.text = args.join(QLatin1Char(' '));
    if (hasFrom && !(query.from = CliArgs::parseDate(from)).isValid())
        return usageError(
            QStringLiteral("--from '%1' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)").arg(from));
    if (hasTo && !(query.to = CliArgs::parseDate(to, true)).isValid())
        return usageError(QStringLiteral("--to '%1' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)").arg(to));
    if (hasLimit && (query.limit = limit.toInt()) <= 0)
        return usageError(QStringLiteral("--limit '%1' is not a positive number").arg(limit));
    if (query.text.trimmed().isEmpty() && query.actor.isEmpty() && query.side.isEmpty() && !hasFrom && !hasTo)
        return usageError(QStringLiteral("search needs a QUERY, --actor, --side or a date range"));
    if (!openLibrary(false))
        return 1;
    LibrarySearch search(*m_library);
    const auto hits = search.run(query);
    if (!hits)
        return fail(hits.error());
    const auto total = search.count(query);
    QJsonArray out;
    for (const SearchHit &h : hits.value()) {
        QJsonArray marks;
        QString marked = h.sentence;
        for (int i = int(h.highlights.size()) - 1; i >= 0; --i) {
            marked.insert(h.highlights[i].second, QLatin1Char(']'));
            marked.insert(h.highlights[i].first, QLatin1Char('['));
        }
        for (const auto &m : h.highlights)
            marks.append(QJsonArray{m.first, m.second});
        out.append(QJsonObject{{QStringLiteral("article"), h.article},
                               {QStringLiteral("path"), h.path},
                               {QStringLiteral("title"), h.title},
                               {QStringLiteral("source"), h.source},
                               {QStringLiteral("date"), isoDate(h.date)},
                               {QStringLiteral("sentence"), h.sentence},
                               {QStringLiteral("marked"), marked},
                               {QStringLiteral("highlights"), marks},
                               {QStringLiteral("start"), h.sentenceStart},
                               {QStringLiteral("end"), h.sentenceEnd},
                               {QStringLiteral("score"), h.score}});
    }
    return print(QJsonDocument(QJsonObject{{QStringLiteral("query"), query.text},
                                           {QStringLiteral("total"), total ? total.value() : int(out.size())},
                                           {QStringLiteral("hits"), out}}));
}

int LibraryCommand::actors(QStringList args)
{
    LibraryActors::Filter filter;
    QString limit;
    bool a = false, b = false, c = false, d = false;
    if (!CliArgs::takeOption(args, QStringLiteral("--name"), &filter.text, &a) ||
        !CliArgs::takeOption(args, QStringLiteral("--type"), &filter.type, &b) ||
        !CliArgs::takeOption(args, QStringLiteral("--side"), &filter.side, &c) ||
        !CliArgs::takeOption(args, QStringLiteral("--limit"), &limit, &d))
        return usageError(QStringLiteral("an option of actors is missing its value"));
    if (!checkNoOptions(args))
        return 2;
    if (!args.isEmpty())
        return usageError(QStringLiteral("actors takes options only (--name TEXT to filter)"));
    filter.limit = limit.toInt();
    if (!openLibrary(false))
        return 1;
    QString error;
    QJsonArray out;
    for (const LibraryActor &x : LibraryActors(*m_library).list(filter, &error))
        out.append(actorJson(x));
    if (!error.isEmpty())
        return fail(error);
    return print(QJsonDocument(out));
}

qint64 LibraryCommand::actorId(const QString &nameOrId)
{
    QString text = nameOrId.trimmed();
    if (text.startsWith(QLatin1Char('#')))
        text.remove(0, 1);
    bool number = false;
    const qint64 id = text.toLongLong(&number);
    LibraryActors actors(*m_library);
    QString error;
    if (number) {
        if (actors.actor(id, &error))
            return id;
        fail(error.isEmpty() ? QStringLiteral("there is no actor %1 in the library").arg(id) : error);
        return 0;
    }
    const QVector<LibraryActor> found = actors.find(text, &error);
    if (found.isEmpty()) {
        fail(error.isEmpty() ? QStringLiteral("no actor named '%1' in the library").arg(text) : error);
        return 0;
    }
    QVector<LibraryActor> exact;
    for (const LibraryActor &a : found)
        if (a.name.compare(text, Qt::CaseInsensitive) == 0)
            exact << a;
    if (exact.size() == 1 || (exact.isEmpty() && found.size() == 1))
        return exact.isEmpty() ? found.first().id : exact.first().id;
    QStringList which;
    for (const LibraryActor &a : exact.isEmpty() ? found : exact)
        which << QStringLiteral("#%1 %2 (%3%4, %5 articles)")
                     .arg(a.id)
                     .arg(a.name, a.type, a.side.isEmpty() ? QString() : QStringLiteral(", ") + a.side)
                     .arg(a.articles);
    fail(QStringLiteral("'%1' could be several actors; give one by number:\n  %2")
             .arg(text, which.join(QStringLiteral("\n  "))));
    return 0;
}

bool LibraryCommand::select(const QString &actorName, const QString &text, QVector<qint64> *actors,
                            QVector<qint64> *articles)
{
    if (!actorName.isEmpty()) {
        const qint64 id = actorId(actorName);
        if (!id)
            return false;
        *actors << id;
    }
    if (!text.isEmpty()) {
        SearchQuery s;
        s.text = text;
        s.limit = 1000000;
        const auto hits = LibrarySearch(*m_library).run(s);
        if (!hits) {
            fail(hits.error());
            return false;
        }
        for (const SearchHit &h : hits.value())
            *articles << h.article;
    }
    return true;
}

int LibraryCommand::actor(QStringList args)
{
    if (!checkNoOptions(args))
        return 2;
    if (args.isEmpty())
        return usageError(QStringLiteral("actor needs a NAME or an ID"));
    if (!openLibrary(false))
        return 1;
    const qint64 id = actorId(args.join(QLatin1Char(' ')));
    if (!id)
        return 1;
    LibraryActors actors(*m_library);
    QString error;
    QJsonObject card = actorJson(*actors.actor(id, &error));
    QJsonArray appearances;
    for (const ActorAppearance &a : actors.appearances(id, &error))
        appearances.append(QJsonObject{{QStringLiteral("appearance"), a.id},
                                       {QStringLiteral("article"), a.article},
                                       {QStringLiteral("title"), a.articleTitle},
                                       {QStringLiteral("path"), a.articlePath},
                                       {QStringLiteral("date"), isoDate(a.articleDate)},
                                       {QStringLiteral("name"), a.name},
                                       {QStringLiteral("roles"), strings(a.roles)},
                                       {QStringLiteral("side"), a.side},
                                       {QStringLiteral("mentions"), a.mentions},
                                       {QStringLiteral("pinned"), a.pinned}});
    QJsonArray relations;
    for (const LibraryRelation &r : actors.relations(id, &error))
        relations.append(QJsonObject{
            {QStringLiteral("actor"), r.other},
            {QStringLiteral("name"), r.otherName},
            {QStringLiteral("label"), r.label},
            {QStringLiteral("labels"), strings(r.labels)},
            {QStringLiteral("articles"), r.articles},
            {QStringLiteral("direction"), r.outgoing ? QStringLiteral("out") : QStringLiteral("in")}});
    if (!error.isEmpty())
        return fail(error);
    card.insert(QStringLiteral("appearances"), appearances);
    card.insert(QStringLiteral("relations"), relations);
    return print(QJsonDocument(card));
}

int LibraryCommand::timeline(QStringList args)
{
    QString actorName, from, to, text;
    bool hasActor = false, hasFrom = false, hasTo = false, hasSearch = false;
    if (!CliArgs::takeOption(args, QStringLiteral("--actor"), &actorName, &hasActor) ||
        !CliArgs::takeOption(args, QStringLiteral("--from"), &from, &hasFrom) ||
        !CliArgs::takeOption(args, QStringLiteral("--to"), &to, &hasTo) ||
        !CliArgs::takeOption(args, QStringLiteral("--search"), &text, &hasSearch))
        return usageError(QStringLiteral("an option of timeline is missing its value"));
    if (!checkNoOptions(args))
        return 2;
    if (!args.isEmpty())
        return usageError(QStringLiteral("timeline takes options only"));
    LibraryTimeline::Query query;
    if (hasFrom && !(query.from = CliArgs::parseDate(from)).isValid())
        return usageError(
            QStringLiteral("--from '%1' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)").arg(from));
    if (hasTo && !(query.to = CliArgs::parseDate(to, true)).isValid())
        return usageError(QStringLiteral("--to '%1' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)").arg(to));
    if (!openLibrary(false))
        return 1;
    if (!select(hasActor ? actorName : QString(), hasSearch ? text : QString(), &query.actors,
                &query.articles))
        return 1;
    if (hasSearch && query.articles.isEmpty())
        return print(QJsonDocument(QJsonArray()));
    const auto events = LibraryTimeline(*m_library).events(query);
    if (!events)
        return fail(events.error());
    LibraryActors actors(*m_library);
    QHash<qint64, QString> names;
    QJsonArray out;
    for (const LibraryEvent &e : events.value()) {
        QJsonArray who, sources;
        for (qint64 a : e.actors) {
            if (!names.contains(a)) {
                const auto x = actors.actor(a);
                names.insert(a, x ? x->name : QString());
            }
            who.append(names[a]);
        }
        for (const LibraryEvent::Source &s : e.sources)
            sources.append(QJsonObject{{QStringLiteral("article"), s.article},
                                       {QStringLiteral("title"), s.title},
                                       {QStringLiteral("path"), s.path},
                                       {QStringLiteral("date"), isoDate(s.date)},
                                       {QStringLiteral("label"), s.label},
                                       {QStringLiteral("status"), s.status},
                                       {QStringLiteral("start"), s.sentenceStart},
                                       {QStringLiteral("end"), s.sentenceEnd}});
        out.append(QJsonObject{{QStringLiteral("label"), e.label},
                               {QStringLiteral("status"), e.status},
                               {QStringLiteral("value"), e.value},
                               {QStringLiteral("begin"), e.begin},
                               {QStringLiteral("end"), e.end},
                               {QStringLiteral("actors"), who},
                               {QStringLiteral("articles"), int(e.sources.size())},
                               {QStringLiteral("sources"), sources}});
    }
    return print(QJsonDocument(out));
}

int LibraryCommand::graph(QStringList args)
{
    QString actorName, text, maxEdges;
    bool hasActor = false, hasSearch = false, hasMax = false;
    if (!CliArgs::takeOption(args, QStringLiteral("--actor"), &actorName, &hasActor) ||
        !CliArgs::takeOption(args, QStringLiteral("--search"), &text, &hasSearch) ||
        !CliArgs::takeOption(args, QStringLiteral("--max-edges"), &maxEdges, &hasMax))
        return usageError(QStringLiteral("an option of graph is missing its value"));
    if (!checkNoOptions(args))
        return 2;
    LibraryGraph::Query query;
    if (hasMax && (query.maxEdges = maxEdges.toInt()) <= 0)
        return usageError(QStringLiteral("--max-edges '%1' is not a positive number").arg(maxEdges));
    if (!openLibrary(false))
        return 1;
    if (!select(hasActor ? actorName : QString(), hasSearch ? text : QString(), &query.actors,
                &query.articles))
        return 1;
    if (hasSearch && query.articles.isEmpty())
        return print(QJsonDocument(
            QJsonObject{{QStringLiteral("nodes"), QJsonArray()}, {QStringLiteral("edges"), QJsonArray()}}));
    const auto built = LibraryGraph(*m_library).build(query);
    if (!built)
        return fail(built.error());
    const ActorGraph graph = ActorGraph::fromAnalysis(built.value());
    QJsonArray nodes, edges;
    for (const GraphNode &n : graph.nodes())
        nodes.append(QJsonObject{{QStringLiteral("actor"), LibraryTimeline::libraryActorId(n.actor)},
                                 {QStringLiteral("name"), n.label},
                                 {QStringLiteral("type"), n.type},
                                 {QStringLiteral("side"), n.group},
                                 {QStringLiteral("articles"), n.mentions}});
    for (const GraphEdge &e : graph.edges())
        edges.append(QJsonObject{{QStringLiteral("source"), LibraryTimeline::libraryActorId(e.source)},
                                 {QStringLiteral("target"), LibraryTimeline::libraryActorId(e.target)},
                                 {QStringLiteral("articles"), e.count},
                                 {QStringLiteral("labels"), strings(e.labels)},
                                 {QStringLiteral("text"), e.text()}});
    return print(
        QJsonDocument(QJsonObject{{QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), edges}}));
}

int LibraryCommand::remove(QStringList args)
{
    if (!checkNoOptions(args))
        return 2;
    if (args.isEmpty())
        return usageError(QStringLiteral("remove needs article paths, folders or ids"));
    if (!openLibrary(false))
        return 1;
    QVector<qint64> ids;
    QStringList paths;
    for (const QString &a : args) {
        bool number = false;
        const qint64 id = QString(a).remove(QLatin1Char('#')).toLongLong(&number);
        if (number && !QFileInfo::exists(a))
            ids << id;
        else
            paths << a;
    }
    QString error;
    ids += m_library->articlesUnder(paths, &error);
    if (!error.isEmpty())
        return fail(error);
    if (ids.isEmpty())
        return fail(QStringLiteral("none of %1 is in the library").arg(args.join(QStringLiteral(", "))));
    const auto removed = m_library->remove(ids);
    if (!removed)
        return fail(removed.error());
    return print(QJsonDocument(QJsonObject{{QStringLiteral("removed"), removed.value()}}));
}

int LibraryCommand::exportArticles(QStringList args)
{
    QString output, format = QStringLiteral("json"), text, actorName, from, to;
    bool hasOutput = false, hasFormat = false, hasSearch = false, hasActor = false, hasFrom = false,
         hasTo = false;
    if (!CliArgs::takeOption(args, QStringLiteral("-o"), &output, &hasOutput) ||
        !CliArgs::takeOption(args, QStringLiteral("--format"), &format, &hasFormat) ||
        !CliArgs::takeOption(args, QStringLiteral("--search"), &text, &hasSearch) ||
        !CliArgs::takeOption(args, QStringLiteral("--actor"), &actorName, &hasActor) ||
        !CliArgs::takeOption(args, QStringLiteral("--from"), &from, &hasFrom) ||
        !CliArgs::takeOption(args, QStringLiteral("--to"), &to, &hasTo))
        return usageError(QStringLiteral("an option of export is missing its value"));
    if (!checkNoOptions(args))
        return 2;
    // json and jsonl put the selection in one file; the formats of a single reading's export
    // (csv, brat, timeml, graphml, ics) write one file per article into the folder -o names.
    const bool whole = format == QLatin1String("json") || format == QLatin1String("jsonl");
    if (!whole && !ExportFormats::find(format))
        return usageError(QStringLiteral("--format '%1' is not known (json, jsonl, %2)")
                              .arg(format, ExportFormats::names().mid(1).join(QStringLiteral(", "))));
    if (!whole && (!hasOutput || output == QLatin1String("-")))
        return usageError(
            QStringLiteral("--format %1 writes a file per article: -o FOLDER is needed").arg(format));
    SearchQuery query;
    query.text = text;
    query.actor = actorName;
    query.limit = 1000000;
    if (hasFrom && !(query.from = CliArgs::parseDate(from)).isValid())
        return usageError(QStringLiteral("--from '%1' is not a date").arg(from));
    if (hasTo && !(query.to = CliArgs::parseDate(to, true)).isValid())
        return usageError(QStringLiteral("--to '%1' is not a date").arg(to));
    if (!openLibrary(false))
        return 1;
    QString error;
    QVector<qint64> ids;
    for (const QString &a : args) {
        bool number = false;
        const qint64 id = QString(a).remove(QLatin1Char('#')).toLongLong(&number);
        if (number && !QFileInfo::exists(a))
            ids << id;
        else
            ids += m_library->articlesUnder({a}, &error);
    }
    const bool filtered = hasSearch || hasActor || hasFrom || hasTo;
    if (filtered) {
        const auto hits = LibrarySearch(*m_library).run(query);
        if (!hits)
            return fail(hits.error());
        QVector<qint64> selected;
        for (const SearchHit &h : hits.value())
            if (args.isEmpty() || ids.contains(h.article))
                selected << h.article;
        ids = selected;
        std::sort(ids.begin(), ids.end());
    } else if (args.isEmpty()) {
        for (const LibraryArticle &a : m_library->articles(&error))
            ids << a.id;
    }
    if (!error.isEmpty())
        return fail(error);

    if (!whole)
        return exportEach(ids, format, output);

    QByteArray bytes;
    QJsonArray all;
    QStringList sources;
    for (qint64 id : ids) {
        const auto analysis = m_library->analysis(id);
        if (!analysis)
            return fail(analysis.error());
        sources << analysis->path;
        QJsonObject o = analysis->toJson();
        const QByteArray corrections = m_library->corrections(id);
        if (!corrections.isEmpty())
            o.insert(QStringLiteral("corrections"), QJsonDocument::fromJson(corrections).object());
        if (format == QLatin1String("jsonl"))
            bytes += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        else
            all.append(o);
    }
    if (format == QLatin1String("json"))
        bytes = QJsonDocument(
                    QJsonObject{{QStringLiteral("format"), QStringLiteral("articlelens-library-export")},
                                {QStringLiteral("version"), 1},
                                {QStringLiteral("articles"), all}})
                    .toJson(m_compact ? QJsonDocument::Compact : QJsonDocument::Indented);
    if (!hasOutput || output == QLatin1String("-")) {
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
    } else {
        const QString db = m_library->path();
        if (const Result<bool> safe = OutputGuard::check(
                output, sources + QStringList{db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")});
            !safe)
            return fail(safe.error());
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(QStringLiteral("%1 cannot be written: %2").arg(output, file.errorString()));
        m_err << QStringLiteral("articlelens-cli: wrote %1 (%2 articles)\n").arg(output).arg(ids.size());
        m_err.flush();
    }
    return 0;
}

int LibraryCommand::exportEach(const QVector<qint64> &ids, const QString &format, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("the folder %1 cannot be made").arg(folder));
    const ExportFormats::Format *f = ExportFormats::find(format);
    int files = 0;
    for (qint64 id : ids) {
        const auto analysis = m_library->analysis(id);
        if (!analysis)
            return fail(analysis.error());
        // The library's number first: two articles may share a file name.
        const QString name =
            QStringLiteral("%1-%2%3").arg(id).arg(QFileInfo(analysis->path).completeBaseName(), f->suffix);
        // ExportFormats::write refuses a path that is the article itself.
        const auto written = ExportFormats::write(format, analysis.value(), QDir(folder).filePath(name));
        if (!written)
            return fail(written.error());
        files += int(written->size());
    }
    m_err << QStringLiteral("articlelens-cli: wrote %1 file(s) for %2 article(s) into %3\n")
                 .arg(files)
                 .arg(ids.size())
                 .arg(folder);
    m_err.flush();
    return 0;
}

int LibraryCommand::merge(QStringList args)
{
    if (!checkNoOptions(args))
        return 2;
    if (args.size() < 2)
        return usageError(
            QStringLiteral("merge needs a TARGET actor and at least one OTHER (names or #ids)"));
    if (!openLibrary(false))
        return 1;
    const qint64 target = actorId(args.takeFirst());
    if (!target)
        return 1;
    QVector<qint64> others;
    for (const QString &a : args) {
        const qint64 id = actorId(a);
        if (!id)
            return 1;
        others << id;
    }
    const auto edit = LibraryActors(*m_library).merge(target, others);
    if (!edit)
        return fail(edit.error());
    return print(QJsonDocument(actorJson(*LibraryActors(*m_library).actor(target))));
}

int LibraryCommand::split(QStringList args)
{
    QStringList appearanceTexts;
    if (!CliArgs::takeAll(args, QStringLiteral("--appearance"), &appearanceTexts))
        return usageError(QStringLiteral("--appearance needs an id (see `library actor NAME`)"));
    if (!checkNoOptions(args))
        return 2;
    if (args.isEmpty() || appearanceTexts.isEmpty())
        return usageError(
            QStringLiteral("split needs an ACTOR and --appearance ID for each appearance to move"));
    if (!openLibrary(false))
        return 1;
    const qint64 id = actorId(args.join(QLatin1Char(' ')));
    if (!id)
        return 1;
    QVector<qint64> appearances;
    for (const QString &a : appearanceTexts)
        appearances << a.toLongLong();
    const auto created = LibraryActors(*m_library).split(id, appearances);
    if (!created)
        return fail(created.error());
    return print(QJsonDocument(actorJson(*LibraryActors(*m_library).actor(created.value()))));
}

int LibraryCommand::undoRedo(QStringList args, bool undo)
{
    if (!args.isEmpty())
        return usageError(QStringLiteral("undo and redo take no arguments"));
    if (!openLibrary(false))
        return 1;
    LibraryActors actors(*m_library);
    const auto done = undo ? actors.undo() : actors.redo();
    if (!done)
        return fail(done.error());
    if (!done.value())
        return fail(undo ? QStringLiteral("there is nothing to undo")
                         : QStringLiteral("there is nothing to redo"));
    return history({});
}

int LibraryCommand::history(QStringList args)
{
    if (!args.isEmpty())
        return usageError(QStringLiteral("history takes no arguments"));
    if (!m_library && !openLibrary(false))
        return 1;
    QString error;
    QJsonArray out;
    for (const ActorEdit &e : LibraryActors(*m_library).history(&error))
        out.append(QJsonObject{{QStringLiteral("id"), e.id},
                               {QStringLiteral("kind"), e.kind},
                               {QStringLiteral("description"), e.description},
                               {QStringLiteral("undone"), e.undone},
                               {QStringLiteral("made"), e.made.toString(Qt::ISODate)}});
    if (!error.isEmpty())
        return fail(error);
    return print(QJsonDocument(out));
}

int LibraryCommand::check(QStringList args)
{
    if (!args.isEmpty())
        return usageError(QStringLiteral("check takes no arguments"));
    if (!openLibrary(false))
        return 1;
    const QString problems = m_library->database().check();
    if (!problems.isEmpty())
        return fail(m_library->database().describe(QStringLiteral("malformed: ") + problems));
    return print(QJsonDocument(
        QJsonObject{{QStringLiteral("library"), m_library->path()}, {QStringLiteral("ok"), true}}));
}

int LibraryCommand::info(QStringList args)
{
    if (!args.isEmpty())
        return usageError(QStringLiteral("info takes no arguments"));
    if (!openLibrary(false))
        return 1;
    LibraryDatabase &db = m_library->database();
    QString error;
    const int articles = m_library->articleCount(&error);
    const int actors = db.scalar(QStringLiteral("SELECT count(*) FROM actors"), {}, &error).toInt();
    const int events = db.scalar(QStringLiteral("SELECT count(*) FROM events"), {}, &error).toInt();
    const int pending = int(m_library->pending(&error).size());
    const qint64 pageCount = db.scalar(QStringLiteral("PRAGMA page_count"), {}, &error).toLongLong();
    const qint64 pageSize = db.scalar(QStringLiteral("PRAGMA page_size"), {}, &error).toLongLong();
    if (!error.isEmpty())
        return fail(error);
    QJsonObject o{{QStringLiteral("library"), m_library->path()},
                  {QStringLiteral("version"), db.schemaVersion()},
                  {QStringLiteral("articles"), articles},
                  {QStringLiteral("actors"), actors},
                  {QStringLiteral("events"), events},
                  {QStringLiteral("pending"), pending},
                  {QStringLiteral("bytes"), pageCount * pageSize}};
    if (articles > 0)
        o.insert(QStringLiteral("bytesPerArticle"), double(pageCount * pageSize) / articles);
    return print(QJsonDocument(o));
}

} // namespace al
