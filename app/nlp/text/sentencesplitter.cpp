#include "sentencesplitter.h"

#include "calendarwords.h"

#include "tokenizer.h"

#include <QSet>

namespace al {

namespace {

bool isTerminal(QStringView tok)
{
    if (tok.isEmpty())
        return false;
    const QChar c = tok.back();
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QChar(0x2026);
}

bool isCloser(QStringView tok)
{
    if (tok.size() != 1)
        return false;
    const QChar c = tok[0];
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QChar(0x201D) || c == QChar(0x2019) ||
           c == QLatin1Char(')') || c == QLatin1Char(']') || c == QChar(0x00BB);
}

bool isOpener(QChar c)
{
    return c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x2018) || c == QLatin1Char('(') ||
           c == QLatin1Char('[') || c == QChar(0x00AB) || c == QLatin1Char('\'') || c == QLatin1Char('-') ||
           c == QChar(0x2014) || c == QChar(0x2013);
}

// Words that often open a sentence: after an abbreviation such as "U.S." a capitalised word is
// usually part of a name ("U.S. President"), unless it is one of these.
const QSet<QString> &openers()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w :
             {"the",   "a",     "an",    "he",        "she",      "it",    "they",      "we",      "i",
              "you",   "this",  "that",  "these",     "those",    "there", "but",       "and",     "or",
              "so",    "yet",   "in",    "on",        "at",       "for",   "after",     "before",  "when",
              "while", "if",    "as",    "his",       "her",      "their", "its",       "our",     "my",
              "some",  "many",  "most",  "all",       "no",       "not",   "meanwhile", "however", "still",
              "also",  "then",  "now",   "officials", "both",     "one",   "what",      "who",     "why",
              "how",   "where", "since", "despite",   "although", "though"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

bool isDash(QStringView tok)
{
    return tok == QLatin1String("-") || tok == QLatin1String("--") || tok == QStringView(u"\u2014") ||
           tok == QStringView(u"\u2013");
}

// The first word of a dateline's date: a month, a weekday or a day number.
bool startsLikeDate(QStringView tok)
{
    if (tok.isEmpty())
        return false;
    if (tok.front().isDigit())
        return tok.size() <= 4;
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const QString &w :
             CalendarWords::months(QStringLiteral("en")) + CalendarWords::weekdays(QStringLiteral("en")))
            s.insert(w);
        return s;
    }();
    QString w = tok.toString().toLower();
    if (w.endsWith(QLatin1Char('.')))
        w.chop(1);
    return words.contains(w);
}

// Titles that are never the last word of a sentence.
bool isTitleAbbreviation(QStringView tok)
{
    static const QSet<QString> titles = [] {
        QSet<QString> s;
        for (const char *w : {"mr.",  "mrs.", "ms.",   "dr.",  "prof.", "sen.",    "rep.",   "gov.",
                              "gen.", "col.", "lt.",   "sgt.", "capt.", "cmdr.",   "adm.",   "maj.",
                              "st.",  "hon.", "pres.", "rev.", "no.",   "messrs.", "msgr.",  "rt.",
                              "mt.",  "ft.",  "vs.",   "e.g.", "i.e.",  "cf.",     "approx."})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return titles.contains(tok.toString().toLower());
}

} // namespace

QVector<Sentence> SentenceSplitter::run(QStringView text, const QVector<Token> &tokens)
{
    QVector<Sentence> sentences;
    const int n = int(tokens.size());
    if (n == 0)
        return sentences;

    auto tok = [&](int i) { return text.mid(tokens[i].start, tokens[i].length()); };
    // Newlines between token i-1 and token i.
    auto newlinesBefore = [&](int i) {
        int count = 0;
        for (int k = tokens[i - 1].end; k < tokens[i].start; ++k)
            if (text[k] == QLatin1Char('\n') || text[k] == QChar(0x2029))
                ++count;
        return count;
    };

    int first = 0;
    auto close = [&](int last) { // tokens first..last inclusive
        Sentence s;
        s.start = tokens[first].start;
        s.end = tokens[last].end;
        s.firstToken = first;
        s.tokenCount = last - first + 1;
        sentences.append(s);
        first = last + 1;
    };

    // A dateline opening a paragraph ("STOCKHOLM, Oct. 14 (Nordic Wire) — The court ...") is a
    // line of its own: the story's first sentence starts after its dash. It is a place in
    // capitals, a comma, a few words of date, an optional agency in brackets, then a dash.
    auto datelineEnd = [&](int from) {
        int k = from;
        while (k < n && k - from < 4 && tok(k).size() > 1 && tok(k).toString().toUpper() == tok(k) &&
               tok(k).front().isLetter())
            ++k;
        if (k == from || k >= n || tok(k) != QLatin1String(","))
            return -1;
        const int dateFrom = ++k;
        while (k < n && k - dateFrom < 6 && tok(k) != QLatin1String("(") && !isDash(tok(k)) &&
               newlinesBefore(k) == 0)
            ++k;
        if (k == dateFrom || k >= n || !startsLikeDate(tok(dateFrom)))
            return -1;
        if (tok(k) == QLatin1String("(")) {
            while (k < n && tok(k) != QLatin1String(")") && newlinesBefore(k) == 0)
                ++k;
            ++k;
        }
        return k < n && isDash(tok(k)) && newlinesBefore(k) == 0 ? k : -1;
    };

    for (int i = 0; i < n; ++i) {
        if (i == first && (i == 0 || newlinesBefore(i) >= 1)) {
            const int dash = datelineEnd(i);
            if (dash >= 0 && dash + 1 < n) {
                close(dash);
                i = dash;
                continue;
            }
        }
        if (i + 1 >= n) {
            close(i);
            break;
        }
        const int breaks = newlinesBefore(i + 1);
        if (breaks >= 2) { // paragraph break
            close(i);
            continue;
        }
        const QStringView cur = tok(i);
        if (breaks == 1) {
            // A line break ends a sentence when the line is a headline or list item (no final
            // punctuation) or when the line ends with terminal punctuation.
            const QStringView next = tok(i + 1);
            const bool nextStartsUpper = next[0].isUpper() || next[0].isDigit() || isOpener(next[0]);
            if (isTerminal(cur) || isCloser(cur) || nextStartsUpper || cur.back() == QLatin1Char(':')) {
                close(i);
                continue;
            }
        }
        if (!isTerminal(cur))
            continue;
        // Closing quotes and brackets after the terminal stay with the sentence.
        int last = i;
        while (last + 1 < n && isCloser(tok(last + 1)) && tokens[last + 1].start == tokens[last].end)
            ++last;
        if (last + 1 >= n) {
            i = last;
            continue;
        }
        const QStringView next = tok(last + 1);
        const QChar c = next[0];
        // A comma, semicolon or colon after the period continues the sentence: "Birmingham,
        // Ala., killed a guard".
        const bool continues = c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':');
        const bool canStart = !continues && (c.isUpper() || c.isDigit() || isOpener(c) || !c.isLetter());
        if (!canStart)
            continue;
        if (cur.size() > 1 && cur.back() == QLatin1Char('.') && Tokenizer::isAbbreviation(cur)) {
            if (isTitleAbbreviation(cur))
                continue;
            // "U.S. President ..." vs "... in the U.S. The next day": only a usual opener ends it,
            // or a name after a place's state or region ("in Buffalo, N.Y. Slepian was ..."):
            // the abbreviation ends "City, ST." and the name starts the next sentence.
            const bool endsPlace = i >= 2 && tok(i - 1) == QLatin1String(",") &&
                                   tok(i - 2).front().isUpper() && c.isUpper() && last + 2 < n &&
                                   tok(last + 2).front().isLower();
            if (!openers().contains(next.toString().toLower()) && newlinesBefore(last + 1) == 0 && !endsPlace)
                continue;
        }
        if (cur == QLatin1String("...") && !(c.isUpper() || isOpener(c)))
            continue;
        close(last);
        i = last;
    }
    return sentences;
}

} // namespace al
