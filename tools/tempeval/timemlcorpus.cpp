#include "timemlcorpus.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

namespace al {

bool TimeMLCorpus::readDocument(const QString &path, TimeMLDocument *doc, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    bool inText = false;
    Timex open;
    bool inTimex = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("TEXT")) {
                inText = true;
            } else if (xml.name() == QLatin1String("TIMEX3")) {
                const auto a = xml.attributes();
                if (a.value(QLatin1String("functionInDocument")) == QLatin1String("CREATION_TIME")) {
                    doc->dct =
                        QDate::fromString(a.value(QLatin1String("value")).left(10).toString(), Qt::ISODate);
                } else if (inText) {
                    open = Timex();
                    open.id = a.value(QLatin1String("tid")).toString();
                    open.type = a.value(QLatin1String("type")).toString();
                    open.value = a.value(QLatin1String("value")).toString();
                    open.mod = a.value(QLatin1String("mod")).toString();
                    open.start = doc->text.size();
                    inTimex = true;
                }
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("TEXT")) {
                inText = false;
            } else if (xml.name() == QLatin1String("TIMEX3") && inTimex) {
                open.end = doc->text.size();
                open.text = doc->text.mid(open.start, open.end - open.start);
                doc->timexes << open;
                inTimex = false;
            }
        } else if (xml.isCharacters() && inText) {
            doc->text += xml.text();
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    return true;
}

bool TimeMLCorpus::load(const QString &dir, QVector<TimeMLDocument> *docs, QString *error)
{
    for (const QString &corpus : {QStringLiteral("TimeBank"), QStringLiteral("AQUAINT")}) {
        const QDir d(QDir(dir).filePath(corpus));
        for (const QString &name : d.entryList({QStringLiteral("*.tml")}, QDir::Files, QDir::Name)) {
            TimeMLDocument doc;
            doc.name = name;
            doc.corpus = corpus;
            QString message;
            if (!readDocument(d.filePath(name), &doc, &message)) {
                *error = d.filePath(name) + QStringLiteral(": ") + message;
                return false;
            }
            *docs << doc;
        }
    }
    if (docs->isEmpty()) {
        *error = QStringLiteral("no .tml files under %1/TimeBank or %1/AQUAINT").arg(dir);
        return false;
    }
    return true;
}

} // namespace al
