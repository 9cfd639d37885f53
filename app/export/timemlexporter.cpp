#include "timemlexporter.h"

#include <QFileInfo>
#include <QXmlStreamWriter>

#include <algorithm>

namespace al {

namespace {

// XML 1.0 has no place for most control characters; a stray one would make the file unreadable.
QString xmlSafe(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            out += c;
    return out;
}

struct Tag
{
    int start = 0;
    int end = 0;
    bool isTimex = false;
    int index = 0; // into timexes or events
};

} // namespace

QByteArray TimeMlExporter::render(const Analysis &a)
{
    QVector<Tag> tags;
    for (int i = 0; i < a.timexes.size(); ++i)
        tags.append({a.timexes[i].start, a.timexes[i].end, true, i});
    for (int i = 0; i < a.events.size(); ++i) {
        const Event &v = a.events[i];
        const bool overlaps = std::any_of(a.timexes.begin(), a.timexes.end(), [&v](const Timex &t) {
            return t.start < v.triggerEnd && v.triggerStart < t.end;
        });
        if (!overlaps && v.triggerEnd > v.triggerStart)
            tags.append({v.triggerStart, v.triggerEnd, false, i});
    }
    std::sort(tags.begin(), tags.end(), [](const Tag &p, const Tag &q) {
        return p.start != q.start ? p.start < q.start : p.end > q.end;
    });
    // Timexes may overlap one another in a damaged analysis: keep the first of any overlap.
    QVector<Tag> kept;
    int reach = 0;
    for (const Tag &t : tags) {
        if (t.start < reach || t.end > a.text.size())
            continue;
        kept.append(t);
        reach = t.end;
    }

    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(false);
    w.writeStartDocument();
    w.writeCharacters(QStringLiteral("\n"));
    w.writeStartElement(QStringLiteral("TimeML"));
    w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    w.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                     QStringLiteral("noNamespaceSchemaLocation"),
                     QStringLiteral("http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd"));
    w.writeCharacters(QStringLiteral("\n"));
    w.writeTextElement(QStringLiteral("DOCID"), xmlSafe(QFileInfo(a.path).fileName()));
    w.writeCharacters(QStringLiteral("\n"));
    w.writeStartElement(QStringLiteral("DCT"));
    w.writeStartElement(QStringLiteral("TIMEX3"));
    w.writeAttribute(QStringLiteral("tid"), QStringLiteral("t0"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("DATE"));
    const QString dct = a.date.isValid() ? a.date.toString(Qt::ISODate) : QStringLiteral("XXXX-XX-XX");
    w.writeAttribute(QStringLiteral("value"), dct);
    w.writeAttribute(QStringLiteral("temporalFunction"), QStringLiteral("false"));
    w.writeAttribute(QStringLiteral("functionInDocument"), QStringLiteral("CREATION_TIME"));
    w.writeCharacters(dct);
    w.writeEndElement();
    w.writeEndElement();
    w.writeCharacters(QStringLiteral("\n"));
    if (!a.title.isEmpty()) {
        w.writeTextElement(QStringLiteral("TITLE"), xmlSafe(a.title));
        w.writeCharacters(QStringLiteral("\n"));
    }

    // Ids: t1.. for the text's dates (their own ids when they have that form), e1.. for events.
    auto tid = [](int i) { return QStringLiteral("t%1").arg(i + 1); };
    auto eid = [](int i) { return QStringLiteral("e%1").arg(i + 1); };
    QHash<QString, int> timexIndex;
    for (int i = 0; i < a.timexes.size(); ++i)
        timexIndex.insert(a.timexes[i].id, i);
    int extra = int(a.timexes.size());
    QHash<int, QString> eventTime; // event index → tid of the date it is in

    w.writeStartElement(QStringLiteral("TEXT"));
    int at = 0;
    for (const Tag &t : std::as_const(kept)) {
        w.writeCharacters(xmlSafe(a.text.mid(at, t.start - at)));
        if (t.isTimex) {
            const Timex &x = a.timexes[t.index];
            w.writeStartElement(QStringLiteral("TIMEX3"));
            w.writeAttribute(QStringLiteral("tid"), tid(t.index));
            w.writeAttribute(QStringLiteral("type"), x.type.isEmpty() ? QStringLiteral("DATE") : x.type);
            w.writeAttribute(QStringLiteral("value"), x.value.isEmpty() ? QStringLiteral("XXXX") : x.value);
            if (!x.mod.isEmpty())
                w.writeAttribute(QStringLiteral("mod"), x.mod);
            w.writeCharacters(xmlSafe(a.text.mid(t.start, t.end - t.start)));
            w.writeEndElement();
        } else {
            const Event &v = a.events[t.index];
            w.writeStartElement(QStringLiteral("EVENT"));
            w.writeAttribute(QStringLiteral("eid"), eid(t.index));
            w.writeAttribute(QStringLiteral("class"), QStringLiteral("OCCURRENCE"));
            w.writeCharacters(xmlSafe(a.text.mid(t.start, t.end - t.start)));
            w.writeEndElement();
            if (timexIndex.contains(v.timex)) {
                eventTime.insert(t.index, tid(timexIndex.value(v.timex)));
            } else if (!v.value.isEmpty()) {
                const QString id = tid(extra++);
                w.writeEmptyElement(QStringLiteral("TIMEX3"));
                w.writeAttribute(QStringLiteral("tid"), id);
                w.writeAttribute(QStringLiteral("type"), QStringLiteral("DATE"));
                w.writeAttribute(QStringLiteral("value"), v.value);
                eventTime.insert(t.index, id);
            }
        }
        at = t.end;
    }
    w.writeCharacters(xmlSafe(a.text.mid(at)));
    w.writeEndElement(); // TEXT
    w.writeCharacters(QStringLiteral("\n"));

    int link = 0;
    for (const Tag &t : std::as_const(kept)) {
        if (t.isTimex)
            continue;
        const Event &v = a.events[t.index];
        w.writeEmptyElement(QStringLiteral("MAKEINSTANCE"));
        w.writeAttribute(QStringLiteral("eventID"), eid(t.index));
        w.writeAttribute(QStringLiteral("eiid"), QStringLiteral("ei%1").arg(t.index + 1));
        w.writeAttribute(QStringLiteral("tense"), QStringLiteral("NONE"));
        w.writeAttribute(QStringLiteral("aspect"), QStringLiteral("NONE"));
        const bool negative = v.status == QLatin1String("negated") || v.status == QLatin1String("cancelled");
        w.writeAttribute(QStringLiteral("polarity"),
                         negative ? QStringLiteral("NEG") : QStringLiteral("POS"));
        if (v.status == QLatin1String("planned"))
            w.writeAttribute(QStringLiteral("modality"), QStringLiteral("will"));
        w.writeAttribute(QStringLiteral("pos"), QStringLiteral("UNKNOWN"));
        w.writeCharacters(QStringLiteral("\n"));
    }
    for (const Tag &t : std::as_const(kept)) {
        if (t.isTimex || !eventTime.contains(t.index))
            continue;
        w.writeEmptyElement(QStringLiteral("TLINK"));
        w.writeAttribute(QStringLiteral("lid"), QStringLiteral("l%1").arg(++link));
        w.writeAttribute(QStringLiteral("relType"), QStringLiteral("IS_INCLUDED"));
        w.writeAttribute(QStringLiteral("eventInstanceID"), QStringLiteral("ei%1").arg(t.index + 1));
        w.writeAttribute(QStringLiteral("relatedToTime"), eventTime.value(t.index));
        w.writeCharacters(QStringLiteral("\n"));
    }
    w.writeEndElement(); // TimeML
    w.writeEndDocument();
    return bytes;
}

} // namespace al
