#include "icsexporter.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace al {

namespace {

QString icsDate(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

QString icsStatus(const QString &status)
{
    if (status == QLatin1String("planned"))
        return QStringLiteral("TENTATIVE");
    if (status == QLatin1String("cancelled") || status == QLatin1String("negated"))
        return QStringLiteral("CANCELLED");
    return QStringLiteral("CONFIRMED");
}

} // namespace

QString IcsExporter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            continue;
        else if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            continue; // control characters are not allowed in TEXT values
        else
            out += c;
    }
    return out;
}

QByteArray IcsExporter::fold(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int lineOctets = 0;
    for (int i = 0; i < utf8.size();) {
        // The length of the UTF-8 sequence that starts here.
        const uchar lead = uchar(utf8[i]);
        const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
        if (lineOctets + length > 75) {
            out += "\r\n ";
            lineOctets = 1; // the space that starts a continuation line counts
        }
        out += utf8.mid(i, length);
        lineOctets += length;
        i += length;
    }
    return out + "\r\n";
}

QByteArray IcsExporter::render(const Analysis &a, const QDateTime &stamp)
{
    QByteArray out;
    auto line = [&out](const QString &l) { out += fold(l); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//ArticleLens//ArticleLens " ARTICLELENS_VERSION "//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    const QString title = a.title.isEmpty() ? QFileInfo(a.path).fileName() : a.title.simplified();
    if (!title.isEmpty())
        line(QStringLiteral("X-WR-CALNAME:") + escape(title));
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const Event &v : a.events) {
        const QDate begin = QDate::fromString(v.begin, Qt::ISODate);
        QDate end = QDate::fromString(v.end, Qt::ISODate);
        if (!begin.isValid())
            continue;
        if (!end.isValid() || end < begin)
            end = begin;
        const QByteArray key = QStringLiteral("%1#%2-%3#%4")
                                   .arg(QFileInfo(a.path).fileName())
                                   .arg(v.triggerStart)
                                   .arg(v.triggerEnd)
                                   .arg(v.label)
                                   .toUtf8();
        const QString uid =
            QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(24)) +
            QStringLiteral("@articlelens");
        QStringList names;
        for (const QString &id : v.actors)
            if (const Actor *x = a.actor(id))
                names << x->name;
        QStringList description;
        if (v.sentence >= 0 && v.sentence < a.sentences.size())
            description << a.text
                               .mid(a.sentences[v.sentence].start,
                                    a.sentences[v.sentence].end - a.sentences[v.sentence].start)
                               .simplified();
        if (!names.isEmpty())
            description << QStringLiteral("Actors: ") + names.join(QStringLiteral(", "));
        if (!v.status.isEmpty())
            description << QStringLiteral("Status: ") + v.status;
        if (!v.value.isEmpty())
            description << QStringLiteral("Date in the text: ") + v.value;
        if (!v.note.isEmpty())
            description << QStringLiteral("Note: ") + v.note;
        if (!title.isEmpty())
            description << QStringLiteral("From: ") + title;

        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + uid);
        line(QStringLiteral("DTSTAMP:") + dtstamp);
        line(QStringLiteral("DTSTART;VALUE=DATE:") + icsDate(begin));
        line(QStringLiteral("DTEND;VALUE=DATE:") + icsDate(end.addDays(1)));
        line(QStringLiteral("SUMMARY:") + escape(v.label.simplified()));
        line(QStringLiteral("DESCRIPTION:") + escape(description.join(QLatin1Char('\n'))));
        line(QStringLiteral("STATUS:") + icsStatus(v.status));
        if (!v.status.isEmpty())
            line(QStringLiteral("CATEGORIES:") + escape(v.status));
        if (const Actor *place = a.actor(v.place))
            line(QStringLiteral("LOCATION:") + escape(place->name));
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace al
