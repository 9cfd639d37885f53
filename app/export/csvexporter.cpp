#include "csvexporter.h"

#include "zipwriter.h"

#include <QDir>

namespace al {

namespace {

class Table
{
public:
    explicit Table(const QStringList &header) { row(header); }
    void row(const QStringList &fields)
    {
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_bytes += ',';
            m_bytes += CsvExporter::field(fields.at(i));
        }
        m_bytes += "\r\n";
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

const QString kList = QStringLiteral("; ");

QString num(int n)
{
    return QString::number(n);
}

} // namespace

QByteArray CsvExporter::field(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    QByteArray quoted = utf8;
    quoted.replace("\"", "\"\"");
    return '"' + quoted + '"';
}

QVector<QPair<QString, QByteArray>> CsvExporter::tables(const Analysis &a)
{
    auto nameOf = [&a](const QString &id) {
        const Actor *x = a.actor(id);
        return x ? x->name : QString();
    };
    auto sentence = [&a](int i) {
        return i >= 0 && i < a.sentences.size()
                   ? a.text.mid(a.sentences[i].start, a.sentences[i].end - a.sentences[i].start).simplified()
                   : QString();
    };

    Table entities({"id", "start", "end", "text", "type", "actor", "actor_name", "note"});
    for (const Entity &e : a.entities)
        entities.row({e.id, num(e.start), num(e.end), e.text, e.type, e.actor, nameOf(e.actor), e.note});

    Table actors({"id", "name", "type", "aliases", "roles", "side", "mentions", "references", "note"});
    for (const Actor &x : a.actors) {
        QStringList refs;
        for (const ActorReference &r : x.references)
            refs << r.text;
        actors.row({x.id, x.name, x.type, x.aliases.join(kList), x.roles.join(kList), x.affiliation,
                    num(int(x.mentions.size() + x.references.size())), refs.join(kList), x.note});
    }

    Table relations({"id", "source", "source_name", "label", "target", "target_name", "kind", "negated",
                     "sentence", "evidence"});
    for (const Relation &r : a.relations)
        relations.row({r.id, r.source, nameOf(r.source), r.label, r.target, nameOf(r.target), r.kind,
                       r.negated ? QStringLiteral("true") : QStringLiteral("false"), num(r.sentence),
                       sentence(r.sentence)});

    Table dates({"id", "start", "end", "text", "type", "value", "begin", "end_date"});
    for (const Timex &t : a.timexes)
        dates.row({t.id, num(t.start), num(t.end), t.text, t.type, t.value, t.begin, t.endDate});

    Table events({"id", "label", "status", "value", "begin", "end", "actors", "actor_names", "place",
                  "trigger", "sentence", "note"});
    for (const Event &v : a.events) {
        QStringList names;
        for (const QString &id : v.actors)
            names << nameOf(id);
        events.row({v.id, v.label, v.status, v.value, v.begin, v.end, v.actors.join(kList), names.join(kList),
                    nameOf(v.place), a.text.mid(v.triggerStart, v.triggerEnd - v.triggerStart),
                    sentence(v.sentence), v.note});
    }
    return {{QStringLiteral("entities.csv"), entities.bytes()},
            {QStringLiteral("actors.csv"), actors.bytes()},
            {QStringLiteral("relations.csv"), relations.bytes()},
            {QStringLiteral("dates.csv"), dates.bytes()},
            {QStringLiteral("events.csv"), events.bytes()}};
}

ExportFiles CsvExporter::render(const Analysis &a, const QString &path)
{
    const auto all = tables(a);
    if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        ZipWriter zip;
        for (const auto &[name, bytes] : all)
            zip.addFile(name, bytes);
        return {ExportFile{path, zip.finish()}};
    }
    ExportFiles out;
    for (const auto &[name, bytes] : all)
        out.append(ExportFile{QDir(path).filePath(name), bytes});
    return out;
}

} // namespace al
