#include "boilerplate.h"

#include <QRegularExpression>
#include <QStringList>

namespace al {

namespace {

// Headings that open the site's own material after an article. Matched against a whole short
// line, case-insensitively, so a sentence that merely contains "read more" is not cut.
const QRegularExpression &headingPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:"
                       "(?:more )?articles? (?:you|that you) (?:may|might|could|will) (?:also "
                       ")?(?:like|enjoy|be interested in)"
                       "|you (?:may|might) also (?:like|enjoy|be interested in)"
                       "|(?:related|recommended|suggested|popular|trending|latest|top|more|similar)(?: "
                       "articles?| stories| reads?| news| posts| links| content| videos| coverage| topics)?"
                       "|read (?:more|next|also|this next)(?:\\s*:)?"
                       "|more (?:from|on|in|about|stories from|news from) .{1,60}"
                       "|most (?:read|popular|viewed|shared)(?: .{0,30})?"
                       "|(?:see|read) also"
                       "|also read"
                       "|what to read next"
                       "|recommended for you"
                       "|don['’]t miss"
                       "|share (?:this|the)? ?(?:article|story|post|page)?(?: on .{1,30})?"
                       "|share(?: this)?(?: via| on)?(?:\\s*:)?"
                       "|follow us(?: on .{1,40})?"
                       "|sign up for (?:our|the) .{1,60}"
                       "|subscribe to (?:our|the) .{1,60}"
                       "|(?:leave a |\\d+ )?comments?"
                       "|advertisement"
                       "|tags?:.*"
                       "|topics?:.*"
                       ")\\s*[:.!]?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// True when the text after `from` is mostly running prose: a heading-like line ("Comment" as a
// table's column, "Sign up for our newsletter" in a box amid the story) is then not where the
// story ends, and cutting there would lose it.
bool proseFollows(const QString &text, qsizetype from)
{
    int words = 0, proseWords = 0;
    for (const QString &paragraph : text.mid(from).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int n = int(paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        words += n;
        const QString p = paragraph.trimmed();
        static const QString terminal = QStringLiteral(".!?\"”’»");
        const bool sentence = !p.isEmpty() && terminal.contains(p.back()) && p.contains(QLatin1String(", "));
        if (n >= 20 && sentence)
            proseWords += n;
    }
    return proseWords >= 60 && proseWords * 2 >= words;
}

} // namespace

bool Boilerplate::isBoilerplateHeading(const QString &line)
{
    const QString l = line.trimmed();
    if (l.isEmpty() || l.size() > 80)
        return false;
    return headingPattern().match(l).hasMatch();
}

Boilerplate::Split Boilerplate::split(const QString &text)
{
    // Look for a boilerplate heading that stands alone as a paragraph (or a line) in the later
    // part of the article; everything from there on is the tail. A heading within the first
    // third is left alone: short articles put "Related" boxes high, but cutting there would
    // lose the story.
    const qsizetype minStart = text.size() / 3;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype eol = text.indexOf(QLatin1Char('\n'), pos);
        if (eol < 0)
            eol = text.size();
        const QString line = text.mid(pos, eol - pos);
        if (pos >= minStart && pos > 0 && isBoilerplateHeading(line) && !proseFollows(text, eol)) {
            Split s;
            s.body = text.left(pos).trimmed();
            s.tail = text.mid(pos).trimmed();
            return s;
        }
        pos = eol + 1;
    }
    return Split{text, {}};
}

} // namespace al
