#include "conlltagger.h"

namespace al {

namespace {

bool isDocStart(const QString &line)
{
    return line.startsWith(QLatin1String("-DOCSTART-"));
}

QString firstColumn(const QString &line)
{
    for (int i = 0; i < line.size(); ++i)
        if (line.at(i) == QLatin1Char(' ') || line.at(i) == QLatin1Char('\t'))
            return line.left(i);
    return line;
}

// Tags the lines of one document and writes them out.
void flush(const QStringList &lines, const NerTagger &tagger, QTextStream &out)
{
    QVector<QStringList> sentences;
    QStringList current;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || isDocStart(line)) {
            if (!current.isEmpty())
                sentences << current;
            current.clear();
        } else {
            current << firstColumn(line.trimmed());
        }
    }
    if (!current.isEmpty())
        sentences << current;
    const QVector<QStringList> tags = tagger.tagDocument(sentences);
    int s = 0, k = 0;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || isDocStart(line)) {
            if (k > 0) {
                ++s;
                k = 0;
            }
            out << line << '\n';
            continue;
        }
        const QString sep = line.contains(QLatin1Char('\t')) ? QStringLiteral("\t") : QStringLiteral(" ");
        out << line << sep << tags[s][k] << '\n';
        ++k;
    }
}

} // namespace

Result<bool> ConllTagger::run(QIODevice &in, QTextStream &out, const NerTagger &tagger)
{
    if (!tagger.isValid())
        return Result<bool>::failure(QStringLiteral("no NER model: %1").arg(tagger.error()));
    QTextStream text(&in);
    text.setEncoding(QStringConverter::Utf8);
    QStringList lines;
    QString line;
    while (text.readLineInto(&line)) {
        if (isDocStart(line) && !lines.isEmpty()) {
            flush(lines, tagger, out);
            lines.clear();
        }
        lines << line;
    }
    if (!lines.isEmpty())
        flush(lines, tagger, out);
    out.flush();
    return true;
}

} // namespace al
