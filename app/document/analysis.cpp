#include "analysis.h"

#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace al {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

// Every span is checked against the text when read back, so a damaged sidecar file cannot put
// offsets past the end of the article.
bool validSpan(int start, int end, int size)
{
    return start >= 0 && end >= start && end <= size;
}

// What the pipeline leaves out of an article in another language than English (see Pipeline::run,
// whose LanguageDetector::isEnglish reads the tag the same way); nothing for English or no tag.
QStringList skippedStages(const QString &language)
{
    if (language.isEmpty() || language.section(QLatin1Char('-'), 0, 0).toLower() == QLatin1String("en"))
        return {};
    return {QStringLiteral("names the gazetteers do not know"), QStringLiteral("actors"),
            QStringLiteral("relations"), QStringLiteral("events")};
}

} // namespace

Analysis Analysis::fromArticle(const Article &article)
{
    Analysis a;
    a.path = article.path;
    a.format = article.format;
    a.title = article.title;
    a.author = article.author;
    a.siteName = article.siteName;
    a.language = article.language;
    a.date = article.date;
    a.dateFrom = article.dateSource == DateSource::Metadata || article.dateSource == DateSource::Text
                     ? article.dateFrom
                     : QString();
    a.dateSource = article.dateSource;
    a.text = article.text;
    a.tail = article.tail;
    a.titleEnd = article.titleEnd;
    a.styles = article.styles;
    return a;
}

Article Analysis::article() const
{
    Article a;
    a.path = path;
    a.format = format;
    a.title = title;
    a.author = author;
    a.siteName = siteName;
    a.language = language;
    a.date = date;
    a.dateFrom = dateFrom;
    a.dateSource = dateSource;
    a.text = text;
    a.tail = tail;
    a.titleEnd = titleEnd;
    a.styles = styles;
    return a;
}

QJsonObject Analysis::toJson() const
{
    QJsonObject source{
        {QStringLiteral("path"), path},
        {QStringLiteral("format"), format},
        {QStringLiteral("title"), title},
        {QStringLiteral("date"), date.isValid() ? date.toString(Qt::ISODate) : QString()},
        {QStringLiteral("dateSource"), dateSourceName(dateSource)},
    };
    if (!author.isEmpty())
        source.insert(QStringLiteral("author"), author);
    if (!siteName.isEmpty())
        source.insert(QStringLiteral("siteName"), siteName);
    if (!language.isEmpty()) {
        source.insert(QStringLiteral("language"), language);
        // The pipeline analyses English only: say what was left out.
        if (const QStringList skipped = skippedStages(language); !skipped.isEmpty())
            source.insert(QStringLiteral("skipped"), toArray(skipped));
    }
    if (!dateFrom.isEmpty())
        source.insert(QStringLiteral("dateFrom"), dateFrom);
    if (titleEnd > 0)
        source.insert(QStringLiteral("titleEnd"), titleEnd);

    QJsonArray sentenceArray;
    for (const Sentence &s : sentences)
        sentenceArray.append(QJsonObject{{QStringLiteral("start"), s.start}, {QStringLiteral("end"), s.end}});

    QJsonArray entityArray;
    for (const Entity &e : entities) {
        QJsonObject o{{QStringLiteral("id"), e.id},     {QStringLiteral("start"), e.start},
                      {QStringLiteral("end"), e.end},   {QStringLiteral("text"), e.text},
                      {QStringLiteral("type"), e.type}, {QStringLiteral("actor"), e.actor}};
        if (!e.note.isEmpty())
            o.insert(QStringLiteral("note"), e.note);
        entityArray.append(o);
    }

    QJsonArray actorArray;
    for (const Actor &a : actors) {
        QJsonObject o{{QStringLiteral("id"), a.id},
                      {QStringLiteral("name"), a.name},
                      {QStringLiteral("type"), a.type},
                      {QStringLiteral("aliases"), toArray(a.aliases)},
                      {QStringLiteral("roles"), toArray(a.roles)},
                      {QStringLiteral("affiliation"), a.affiliation},
                      {QStringLiteral("mentions"), toArray(a.mentions)}};
        if (!a.references.isEmpty()) {
            QJsonArray refs;
            for (const ActorReference &r : a.references)
                refs.append(QJsonObject{{QStringLiteral("start"), r.start},
                                        {QStringLiteral("end"), r.end},
                                        {QStringLiteral("text"), r.text},
                                        {QStringLiteral("kind"), r.kind}});
            o.insert(QStringLiteral("references"), refs);
        }
        if (!a.note.isEmpty())
            o.insert(QStringLiteral("note"), a.note);
        actorArray.append(o);
    }

    QJsonArray relationArray;
    for (const Relation &r : relations) {
        QJsonObject o{{QStringLiteral("id"), r.id},         {QStringLiteral("source"), r.source},
                      {QStringLiteral("target"), r.target}, {QStringLiteral("label"), r.label},
                      {QStringLiteral("kind"), r.kind},     {QStringLiteral("sentence"), r.sentence},
                      {QStringLiteral("start"), r.start},   {QStringLiteral("end"), r.end}};
        if (r.negated)
            o.insert(QStringLiteral("negated"), true);
        relationArray.append(o);
    }

    QJsonArray timexArray;
    for (const Timex &t : timexes) {
        QJsonObject o{{QStringLiteral("id"), t.id},     {QStringLiteral("start"), t.start},
                      {QStringLiteral("end"), t.end},   {QStringLiteral("text"), t.text},
                      {QStringLiteral("type"), t.type}, {QStringLiteral("value"), t.value}};
        if (!t.mod.isEmpty())
            o.insert(QStringLiteral("mod"), t.mod);
        if (!t.begin.isEmpty())
            o.insert(QStringLiteral("begin"), t.begin);
        if (!t.endDate.isEmpty())
            o.insert(QStringLiteral("endDate"), t.endDate);
        timexArray.append(o);
    }

    QJsonArray eventArray;
    for (const Event &v : events) {
        QJsonObject o{{QStringLiteral("id"), v.id},
                      {QStringLiteral("label"), v.label},
                      {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("start"), v.triggerStart},
                                                              {QStringLiteral("end"), v.triggerEnd}}},
                      {QStringLiteral("sentence"), v.sentence},
                      {QStringLiteral("timex"), v.timex},
                      {QStringLiteral("value"), v.value},
                      {QStringLiteral("begin"), v.begin},
                      {QStringLiteral("end"), v.end},
                      {QStringLiteral("actors"), toArray(v.actors)},
                      {QStringLiteral("status"), v.status}};
        if (!v.place.isEmpty())
            o.insert(QStringLiteral("place"), v.place);
        if (!v.note.isEmpty())
            o.insert(QStringLiteral("note"), v.note);
        eventArray.append(o);
    }

    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("articlelens-analysis")},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("source"), source},
        {QStringLiteral("text"), text},
        {QStringLiteral("sentences"), sentenceArray},
        {QStringLiteral("entities"), entityArray},
        {QStringLiteral("actors"), actorArray},
        {QStringLiteral("relations"), relationArray},
        {QStringLiteral("timexes"), timexArray},
        {QStringLiteral("events"), eventArray},
    };
    if (!tail.isEmpty())
        root.insert(QStringLiteral("tail"), tail);
    if (!styles.isEmpty()) {
        QJsonArray styleArray;
        for (const TextStyle &s : styles) {
            QJsonObject o{{QStringLiteral("start"), s.start},
                          {QStringLiteral("end"), s.end},
                          {QStringLiteral("kind"), s.kind}};
            if (s.level > 0)
                o.insert(QStringLiteral("level"), s.level);
            styleArray.append(o);
        }
        root.insert(QStringLiteral("styles"), styleArray);
    }
    return root;
}

// The same bytes as QJsonDocument(toJson()).toJson() (tst_analysis holds the two together),
// written without the tree: each object's members in QJsonObject's order, keys sorted.
QByteArray Analysis::toJsonBytes(bool indented) const
{
    JsonWriter w(indented);
    // Room for the indented form (what a million words' analysis measured per item, rounded
    // up), so that the bytes are not moved while they grow; pages never written are never touched.
    w.reserve(qsizetype(1.1 * double(text.size() + tail.size())) + 340 * entities.size() +
              600 * events.size() + 300 * (relations.size() + timexes.size()) + 200 * actors.size() +
              80 * (sentences.size() + styles.size()) + 4096);
    w.beginObject();

    w.key(QLatin1StringView("actors"));
    w.beginArray();
    for (const Actor &a : actors) {
        w.beginObject();
        w.key(QLatin1StringView("affiliation"));
        w.value(a.affiliation);
        w.key(QLatin1StringView("aliases"));
        w.value(a.aliases);
        w.key(QLatin1StringView("id"));
        w.value(a.id);
        w.key(QLatin1StringView("mentions"));
        w.value(a.mentions);
        w.key(QLatin1StringView("name"));
        w.value(a.name);
        if (!a.note.isEmpty()) {
            w.key(QLatin1StringView("note"));
            w.value(a.note);
        }
        if (!a.references.isEmpty()) {
            w.key(QLatin1StringView("references"));
            w.beginArray();
            for (const ActorReference &r : a.references) {
                w.beginObject();
                w.key(QLatin1StringView("end"));
                w.value(r.end);
                w.key(QLatin1StringView("kind"));
                w.value(r.kind);
                w.key(QLatin1StringView("start"));
                w.value(r.start);
                w.key(QLatin1StringView("text"));
                w.value(r.text);
                w.endObject();
            }
            w.endArray();
        }
        w.key(QLatin1StringView("roles"));
        w.value(a.roles);
        w.key(QLatin1StringView("type"));
        w.value(a.type);
        w.endObject();
    }
    w.endArray();

    w.key(QLatin1StringView("entities"));
    w.beginArray();
    for (const Entity &e : entities) {
        w.beginObject();
        w.key(QLatin1StringView("actor"));
        w.value(e.actor);
        w.key(QLatin1StringView("end"));
        w.value(e.end);
        w.key(QLatin1StringView("id"));
        w.value(e.id);
        if (!e.note.isEmpty()) {
            w.key(QLatin1StringView("note"));
            w.value(e.note);
        }
        w.key(QLatin1StringView("start"));
        w.value(e.start);
        w.key(QLatin1StringView("text"));
        w.value(e.text);
        w.key(QLatin1StringView("type"));
        w.value(e.type);
        w.endObject();
    }
    w.endArray();

    w.key(QLatin1StringView("events"));
    w.beginArray();
    for (const Event &v : events) {
        w.beginObject();
        w.key(QLatin1StringView("actors"));
        w.value(v.actors);
        w.key(QLatin1StringView("begin"));
        w.value(v.begin);
        w.key(QLatin1StringView("end"));
        w.value(v.end);
        w.key(QLatin1StringView("id"));
        w.value(v.id);
        w.key(QLatin1StringView("label"));
        w.value(v.label);
        if (!v.note.isEmpty()) {
            w.key(QLatin1StringView("note"));
            w.value(v.note);
        }
        if (!v.place.isEmpty()) {
            w.key(QLatin1StringView("place"));
            w.value(v.place);
        }
        w.key(QLatin1StringView("sentence"));
        w.value(v.sentence);
        w.key(QLatin1StringView("status"));
        w.value(v.status);
        w.key(QLatin1StringView("timex"));
        w.value(v.timex);
        w.key(QLatin1StringView("trigger"));
        w.beginObject();
        w.key(QLatin1StringView("end"));
        w.value(v.triggerEnd);
        w.key(QLatin1StringView("start"));
        w.value(v.triggerStart);
        w.endObject();
        w.key(QLatin1StringView("value"));
        w.value(v.value);
        w.endObject();
    }
    w.endArray();

    w.key(QLatin1StringView("format"));
    w.value(QStringView(u"articlelens-analysis"));

    w.key(QLatin1StringView("relations"));
    w.beginArray();
    for (const Relation &r : relations) {
        w.beginObject();
        w.key(QLatin1StringView("end"));
        w.value(r.end);
        w.key(QLatin1StringView("id"));
        w.value(r.id);
        w.key(QLatin1StringView("kind"));
        w.value(r.kind);
        w.key(QLatin1StringView("label"));
        w.value(r.label);
        if (r.negated) {
            w.key(QLatin1StringView("negated"));
            w.value(true);
        }
        w.key(QLatin1StringView("sentence"));
        w.value(r.sentence);
        w.key(QLatin1StringView("source"));
        w.value(r.source);
        w.key(QLatin1StringView("start"));
        w.value(r.start);
        w.key(QLatin1StringView("target"));
        w.value(r.target);
        w.endObject();
    }
    w.endArray();

    w.key(QLatin1StringView("sentences"));
    w.beginArray();
    for (const Sentence &s : sentences) {
        w.beginObject();
        w.key(QLatin1StringView("end"));
        w.value(s.end);
        w.key(QLatin1StringView("start"));
        w.value(s.start);
        w.endObject();
    }
    w.endArray();

    w.key(QLatin1StringView("source"));
    w.beginObject();
    if (!author.isEmpty()) {
        w.key(QLatin1StringView("author"));
        w.value(author);
    }
    w.key(QLatin1StringView("date"));
    w.value(date.isValid() ? date.toString(Qt::ISODate) : QString());
    if (!dateFrom.isEmpty()) {
        w.key(QLatin1StringView("dateFrom"));
        w.value(dateFrom);
    }
    w.key(QLatin1StringView("dateSource"));
    w.value(dateSourceName(dateSource));
    w.key(QLatin1StringView("format"));
    w.value(format);
    if (!language.isEmpty()) {
        w.key(QLatin1StringView("language"));
        w.value(language);
    }
    w.key(QLatin1StringView("path"));
    w.value(path);
    if (!siteName.isEmpty()) {
        w.key(QLatin1StringView("siteName"));
        w.value(siteName);
    }
    if (const QStringList skipped = skippedStages(language); !skipped.isEmpty()) {
        w.key(QLatin1StringView("skipped"));
        w.value(skipped);
    }
    w.key(QLatin1StringView("title"));
    w.value(title);
    if (titleEnd > 0) {
        w.key(QLatin1StringView("titleEnd"));
        w.value(titleEnd);
    }
    w.endObject();

    if (!styles.isEmpty()) {
        w.key(QLatin1StringView("styles"));
        w.beginArray();
        for (const TextStyle &s : styles) {
            w.beginObject();
            w.key(QLatin1StringView("end"));
            w.value(s.end);
            w.key(QLatin1StringView("kind"));
            w.value(s.kind);
            if (s.level > 0) {
                w.key(QLatin1StringView("level"));
                w.value(s.level);
            }
            w.key(QLatin1StringView("start"));
            w.value(s.start);
            w.endObject();
        }
        w.endArray();
    }
    if (!tail.isEmpty()) {
        w.key(QLatin1StringView("tail"));
        w.value(tail);
    }
    w.key(QLatin1StringView("text"));
    w.value(text);

    w.key(QLatin1StringView("timexes"));
    w.beginArray();
    for (const Timex &t : timexes) {
        w.beginObject();
        if (!t.begin.isEmpty()) {
            w.key(QLatin1StringView("begin"));
            w.value(t.begin);
        }
        w.key(QLatin1StringView("end"));
        w.value(t.end);
        if (!t.endDate.isEmpty()) {
            w.key(QLatin1StringView("endDate"));
            w.value(t.endDate);
        }
        w.key(QLatin1StringView("id"));
        w.value(t.id);
        if (!t.mod.isEmpty()) {
            w.key(QLatin1StringView("mod"));
            w.value(t.mod);
        }
        w.key(QLatin1StringView("start"));
        w.value(t.start);
        w.key(QLatin1StringView("text"));
        w.value(t.text);
        w.key(QLatin1StringView("type"));
        w.value(t.type);
        w.key(QLatin1StringView("value"));
        w.value(t.value);
        w.endObject();
    }
    w.endArray();

    w.key(QLatin1StringView("version"));
    w.value(kVersion);
    w.endObject();
    return w.take();
}

Result<Analysis> Analysis::fromJson(const QJsonObject &root)
{
    using R = Result<Analysis>;
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("articlelens-analysis"))
        return R::failure(
            QStringLiteral("not an ArticleLens analysis (the \"format\" field is missing or wrong)"));
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > kVersion)
        return R::failure(
            QStringLiteral("analysis version %1 is not supported (this program reads version %2)")
                .arg(version)
                .arg(kVersion));

    Analysis a;
    const QJsonObject source = root.value(QStringLiteral("source")).toObject();
    a.path = source.value(QStringLiteral("path")).toString();
    a.format = source.value(QStringLiteral("format")).toString();
    a.title = source.value(QStringLiteral("title")).toString();
    a.author = source.value(QStringLiteral("author")).toString();
    a.siteName = source.value(QStringLiteral("siteName")).toString();
    a.language = source.value(QStringLiteral("language")).toString();
    a.dateFrom = source.value(QStringLiteral("dateFrom")).toString();
    a.date = QDate::fromString(source.value(QStringLiteral("date")).toString(), Qt::ISODate);
    a.dateSource = dateSourceFromName(source.value(QStringLiteral("dateSource")).toString());
    a.titleEnd = source.value(QStringLiteral("titleEnd")).toInt();
    a.text = root.value(QStringLiteral("text")).toString();
    a.tail = root.value(QStringLiteral("tail")).toString();
    const int n = int(a.text.size());
    for (const QJsonValue &v : root.value(QStringLiteral("styles")).toArray()) {
        const QJsonObject o = v.toObject();
        TextStyle s;
        s.start = o.value(QStringLiteral("start")).toInt();
        s.end = o.value(QStringLiteral("end")).toInt();
        s.kind = o.value(QStringLiteral("kind")).toString();
        s.level = o.value(QStringLiteral("level")).toInt();
        if (s.start >= 0 && s.end > s.start && s.end <= n) // a style is only shown: a bad one is dropped
            a.styles << s;
    }

    auto bad = [](const char *what, int i) {
        return R::failure(QStringLiteral("%1 %2 points outside the text").arg(QLatin1String(what)).arg(i));
    };

    const QJsonArray sentenceArray = root.value(QStringLiteral("sentences")).toArray();
    for (int i = 0; i < sentenceArray.size(); ++i) {
        const QJsonObject o = sentenceArray.at(i).toObject();
        Sentence s;
        s.start = o.value(QStringLiteral("start")).toInt();
        s.end = o.value(QStringLiteral("end")).toInt();
        if (!validSpan(s.start, s.end, n))
            return bad("sentence", i);
        a.sentences.append(s);
    }

    const QJsonArray entityArray = root.value(QStringLiteral("entities")).toArray();
    for (int i = 0; i < entityArray.size(); ++i) {
        const QJsonObject o = entityArray.at(i).toObject();
        Entity e;
        e.id = o.value(QStringLiteral("id")).toString();
        e.start = o.value(QStringLiteral("start")).toInt();
        e.end = o.value(QStringLiteral("end")).toInt();
        e.text = o.value(QStringLiteral("text")).toString();
        e.type = o.value(QStringLiteral("type")).toString();
        e.actor = o.value(QStringLiteral("actor")).toString();
        e.note = o.value(QStringLiteral("note")).toString();
        if (!validSpan(e.start, e.end, n))
            return bad("entity", i);
        a.entities.append(e);
    }

    for (const QJsonValue &v : root.value(QStringLiteral("actors")).toArray()) {
        const QJsonObject o = v.toObject();
        Actor x;
        x.id = o.value(QStringLiteral("id")).toString();
        x.name = o.value(QStringLiteral("name")).toString();
        x.type = o.value(QStringLiteral("type")).toString();
        x.aliases = toStringList(o.value(QStringLiteral("aliases")));
        x.roles = toStringList(o.value(QStringLiteral("roles")));
        x.affiliation = o.value(QStringLiteral("affiliation")).toString();
        x.mentions = toStringList(o.value(QStringLiteral("mentions")));
        x.note = o.value(QStringLiteral("note")).toString();
        for (const QJsonValue &rv : o.value(QStringLiteral("references")).toArray()) {
            const QJsonObject ro = rv.toObject();
            ActorReference r;
            r.start = ro.value(QStringLiteral("start")).toInt();
            r.end = ro.value(QStringLiteral("end")).toInt();
            r.text = ro.value(QStringLiteral("text")).toString();
            r.kind = ro.value(QStringLiteral("kind")).toString();
            if (validSpan(r.start, r.end, n))
                x.references.append(r);
        }
        a.actors.append(x);
    }

    const QJsonArray relationArray = root.value(QStringLiteral("relations")).toArray();
    for (int i = 0; i < relationArray.size(); ++i) {
        const QJsonObject o = relationArray.at(i).toObject();
        Relation r;
        r.id = o.value(QStringLiteral("id")).toString();
        r.source = o.value(QStringLiteral("source")).toString();
        r.target = o.value(QStringLiteral("target")).toString();
        r.label = o.value(QStringLiteral("label")).toString();
        r.kind = o.value(QStringLiteral("kind")).toString();
        r.sentence = o.value(QStringLiteral("sentence")).toInt(-1);
        r.start = o.value(QStringLiteral("start")).toInt();
        r.end = o.value(QStringLiteral("end")).toInt();
        r.negated = o.value(QStringLiteral("negated")).toBool();
        if (!validSpan(r.start, r.end, n))
            return bad("relation", i);
        a.relations.append(r);
    }

    const QJsonArray timexArray = root.value(QStringLiteral("timexes")).toArray();
    for (int i = 0; i < timexArray.size(); ++i) {
        const QJsonObject o = timexArray.at(i).toObject();
        Timex t;
        t.id = o.value(QStringLiteral("id")).toString();
        t.start = o.value(QStringLiteral("start")).toInt();
        t.end = o.value(QStringLiteral("end")).toInt();
        t.text = o.value(QStringLiteral("text")).toString();
        t.type = o.value(QStringLiteral("type")).toString();
        t.value = o.value(QStringLiteral("value")).toString();
        t.mod = o.value(QStringLiteral("mod")).toString();
        t.begin = o.value(QStringLiteral("begin")).toString();
        t.endDate = o.value(QStringLiteral("endDate")).toString();
        if (!validSpan(t.start, t.end, n))
            return bad("timex", i);
        a.timexes.append(t);
    }

    const QJsonArray eventArray = root.value(QStringLiteral("events")).toArray();
    for (int i = 0; i < eventArray.size(); ++i) {
        const QJsonObject o = eventArray.at(i).toObject();
        Event v;
        v.id = o.value(QStringLiteral("id")).toString();
        v.label = o.value(QStringLiteral("label")).toString();
        const QJsonObject trigger = o.value(QStringLiteral("trigger")).toObject();
        v.triggerStart = trigger.value(QStringLiteral("start")).toInt();
        v.triggerEnd = trigger.value(QStringLiteral("end")).toInt();
        v.sentence = o.value(QStringLiteral("sentence")).toInt(-1);
        v.timex = o.value(QStringLiteral("timex")).toString();
        v.value = o.value(QStringLiteral("value")).toString();
        v.begin = o.value(QStringLiteral("begin")).toString();
        v.end = o.value(QStringLiteral("end")).toString();
        v.actors = toStringList(o.value(QStringLiteral("actors")));
        v.place = o.value(QStringLiteral("place")).toString();
        v.status = o.value(QStringLiteral("status")).toString();
        v.note = o.value(QStringLiteral("note")).toString();
        if (!validSpan(v.triggerStart, v.triggerEnd, n))
            return bad("event", i);
        a.events.append(v);
    }
    return a;
}

Result<Analysis> Analysis::fromJsonBytes(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<Analysis>::failure(
            QStringLiteral("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return Result<Analysis>::failure(
            QStringLiteral("not an ArticleLens analysis (expected a JSON object)"));
    return fromJson(doc.object());
}

int Analysis::wordCount() const
{
    int count = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool w = c.isLetterOrNumber();
        if (w && !inWord)
            ++count;
        // Apostrophes and hyphens inside a word, and separators inside a number, keep it one word.
        const bool joiner = c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-') ||
                            ((c == QLatin1Char('.') || c == QLatin1Char(',')) && i > 0 &&
                             text[i - 1].isDigit() && i + 1 < text.size() && text[i + 1].isDigit());
        inWord = w || (inWord && joiner);
    }
    return count;
}

const Actor *Analysis::actor(const QString &id) const
{
    for (const Actor &a : actors)
        if (a.id == id)
            return &a;
    return nullptr;
}

const Entity *Analysis::entity(const QString &id) const
{
    for (const Entity &e : entities)
        if (e.id == id)
            return &e;
    return nullptr;
}

const Timex *Analysis::timex(const QString &id) const
{
    for (const Timex &t : timexes)
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace al
