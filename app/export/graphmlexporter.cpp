#include "graphmlexporter.h"

#include <QXmlStreamWriter>

namespace al {

namespace {

QString xmlSafe(const QString &s)
{
    QString out;
    for (const QChar c : s)
        if (c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            out += c;
    return out;
}

struct Key
{
    const char *id;
    const char *target;
    const char *name;
    const char *type;
};

constexpr Key kKeys[] = {
    {"label", "node", "label", "string"},       {"type", "node", "type", "string"},
    {"side", "node", "side", "string"},         {"roles", "node", "roles", "string"},
    {"aliases", "node", "aliases", "string"},   {"mentions", "node", "mentions", "int"},
    {"note", "node", "note", "string"},         {"elabel", "edge", "label", "string"},
    {"kind", "edge", "kind", "string"},         {"negated", "edge", "negated", "boolean"},
    {"evidence", "edge", "evidence", "string"},
};

void data(QXmlStreamWriter &w, const QString &key, const QString &value)
{
    if (value.isEmpty())
        return;
    w.writeStartElement(QStringLiteral("data"));
    w.writeAttribute(QStringLiteral("key"), key);
    w.writeCharacters(xmlSafe(value));
    w.writeEndElement();
}

} // namespace

QByteArray GraphMlExporter::render(const Analysis &a)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("graphml"));
    w.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    w.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                     QStringLiteral("schemaLocation"),
                     QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    for (const Key &k : kKeys) {
        w.writeEmptyElement(QStringLiteral("key"));
        w.writeAttribute(QStringLiteral("id"), QLatin1String(k.id));
        w.writeAttribute(QStringLiteral("for"), QLatin1String(k.target));
        w.writeAttribute(QStringLiteral("attr.name"), QLatin1String(k.name));
        w.writeAttribute(QStringLiteral("attr.type"), QLatin1String(k.type));
    }
    w.writeStartElement(QStringLiteral("graph"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("actors"));
    w.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    for (const Actor &x : a.actors) {
        w.writeStartElement(QStringLiteral("node"));
        w.writeAttribute(QStringLiteral("id"), x.id);
        data(w, QStringLiteral("label"), x.name);
        data(w, QStringLiteral("type"), x.type);
        data(w, QStringLiteral("side"), x.affiliation);
        data(w, QStringLiteral("roles"), x.roles.join(QStringLiteral("; ")));
        data(w, QStringLiteral("aliases"), x.aliases.join(QStringLiteral("; ")));
        data(w, QStringLiteral("mentions"), QString::number(x.mentions.size() + x.references.size()));
        data(w, QStringLiteral("note"), x.note);
        w.writeEndElement();
    }
    for (const Relation &r : a.relations) {
        if (!a.actor(r.source) || !a.actor(r.target))
            continue; // an edge must join two nodes of the graph
        w.writeStartElement(QStringLiteral("edge"));
        w.writeAttribute(QStringLiteral("id"), r.id);
        w.writeAttribute(QStringLiteral("source"), r.source);
        w.writeAttribute(QStringLiteral("target"), r.target);
        data(w, QStringLiteral("elabel"), r.label);
        data(w, QStringLiteral("kind"), r.kind);
        data(w, QStringLiteral("negated"), r.negated ? QStringLiteral("true") : QStringLiteral("false"));
        if (r.sentence >= 0 && r.sentence < a.sentences.size())
            data(w, QStringLiteral("evidence"),
                 a.text
                     .mid(a.sentences[r.sentence].start,
                          a.sentences[r.sentence].end - a.sentences[r.sentence].start)
                     .simplified());
        w.writeEndElement();
    }
    w.writeEndElement(); // graph
    w.writeEndElement(); // graphml
    w.writeEndDocument();
    return bytes;
}

} // namespace al
