#include "tokenizer.h"

#include <QSet>

namespace al {

namespace {

// Abbreviations that keep their period. Lower case, without the final period.
const QSet<QString> &abbreviations()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w :
             {"mr",     "mrs",  "ms",    "dr",   "prof", "sen",  "rep",    "gov",  "gen",  "col",  "lt",
              "sgt",    "capt", "cmdr",  "adm",  "maj",  "st",   "jr",     "sr",   "inc",  "corp", "ltd",
              "co",     "bros", "vs",    "etc",  "jan",  "feb",  "mar",    "apr",  "jun",  "jul",  "aug",
              "sep",    "sept", "oct",   "nov",  "dec",  "mon",  "tue",    "tues", "wed",  "thu",  "thur",
              "thurs",  "fri",  "sat",   "sun",  "no",   "nos",  "approx", "dept", "est",  "fig",  "vol",
              "pp",     "ed",   "eds",   "rev",  "hon",  "pres", "supt",   "atty", "mt",   "ft",   "ave",
              "blvd",   "rd",   "e.g",   "i.e",  "cf",   "al",   "p.m",    "a.m",  "u.s",  "u.k",  "u.n",
              "e.u",    "d.c",  "l.a",   "n.y",  "ph.d", "b.a",  "m.a",    "op",   "govt", "intl", "assn",
              "univ",   "mass", "calif", "fla",  "ill",  "pa",   "va",     "wash", "conn", "colo", "ariz",
              "mich",   "minn", "tenn",  "okla", "ore",  "wis",  "ky",     "la",   "md",   "mo",   "nev",
              "messrs", "mmes", "msgr",  "rt",   "viz"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// Length of a URL or e-mail address starting at i, or 0.
int urlLength(QStringView t, int i)
{
    const int n = int(t.size());
    auto startsWith = [&](const char *p) {
        return t.mid(i).startsWith(QLatin1String(p), Qt::CaseInsensitive);
    };
    int j = i;
    if (startsWith("http://") || startsWith("https://") || startsWith("www.") || startsWith("ftp://") ||
        startsWith("mailto:")) {
        while (j < n && !t[j].isSpace() && t[j] != QLatin1Char('"') && t[j] != QLatin1Char('<') &&
               t[j] != QChar(0x201D) && t[j] != QChar(0x201C))
            ++j;
    } else {
        // e-mail: word chars and . _ % + - then @ then a domain with a dot
        while (j < n && (isWordChar(t[j]) || t[j] == QLatin1Char('.') || t[j] == QLatin1Char('_') ||
                         t[j] == QLatin1Char('%') || t[j] == QLatin1Char('+') || t[j] == QLatin1Char('-')))
            ++j;
        if (j == i || j >= n || t[j] != QLatin1Char('@'))
            return 0;
        int k = j + 1;
        bool dot = false;
        while (k < n && (isWordChar(t[k]) || t[k] == QLatin1Char('.') || t[k] == QLatin1Char('-'))) {
            if (t[k] == QLatin1Char('.'))
                dot = true;
            ++k;
        }
        if (!dot || k == j + 1)
            return 0;
        j = k;
    }
    // trailing punctuation belongs to the sentence, not the address
    while (j > i &&
           (t[j - 1] == QLatin1Char('.') || t[j - 1] == QLatin1Char(',') || t[j - 1] == QLatin1Char(';') ||
            t[j - 1] == QLatin1Char(':') || t[j - 1] == QLatin1Char('!') || t[j - 1] == QLatin1Char('?') ||
            t[j - 1] == QLatin1Char(')') || t[j - 1] == QLatin1Char('\'') || t[j - 1] == QChar(0x2019)))
        --j;
    return j - i;
}

// Length of a number starting at i (digits with internal , . : / - between digits), or 0.
int numberLength(QStringView t, int i)
{
    const int n = int(t.size());
    if (!t[i].isDigit())
        return 0;
    int j = i;
    while (j < n) {
        if (t[j].isDigit()) {
            ++j;
        } else if ((t[j] == QLatin1Char(',') || t[j] == QLatin1Char('.') || t[j] == QLatin1Char(':') ||
                    t[j] == QLatin1Char('/') || t[j] == QLatin1Char('-')) &&
                   j + 1 < n && t[j + 1].isDigit()) {
            ++j;
        } else {
            break;
        }
    }
    // 1990s, 3rd, 21st, 5th, 10am, 20km: letters glued to a number stay with it
    while (j < n && t[j].isLetter())
        ++j;
    // 2-year-old, 3rd-quarter: a hyphenated compound that starts with a number is one word
    while (j + 1 < n && isHyphen(t[j]) && t[j + 1].isLetter()) {
        ++j;
        while (j < n && isWordChar(t[j]))
            ++j;
    }
    // 3.5% keeps its percent sign
    if (j < n && t[j] == QLatin1Char('%'))
        ++j;
    return j - i;
}

} // namespace

bool Tokenizer::isAbbreviation(QStringView word)
{
    if (!word.endsWith(QLatin1Char('.')) || word.size() < 2)
        return false;
    const QStringView stem = word.chopped(1);
    // Initials and letter-period sequences: J. U.S. U.K. D.C.
    bool initials = true;
    for (int i = 0; i < stem.size(); ++i) {
        const bool letterPos = (i % 2 == 0);
        if (letterPos ? !stem[i].isLetter() : stem[i] != QLatin1Char('.')) {
            initials = false;
            break;
        }
    }
    if (initials)
        return true;
    return abbreviations().contains(stem.toString().toLower());
}

QVector<Token> Tokenizer::run(QStringView t)
{
    QVector<Token> tokens;
    // News text has a token every 4.5 to 5.5 characters: a quarter leaves room, so that the
    // tokens of a long text are not moved while they are found (untouched room costs nothing).
    tokens.reserve(int(t.size() / 4 + 16));
    const int n = int(t.size());
    int i = 0;
    auto push = [&](int s, int e) { tokens.append(Token{s, e, {}}); };

    while (i < n) {
        const QChar c = t[i];
        if (c.isSpace() || c.category() == QChar::Other_Format) {
            ++i;
            continue;
        }
        if (c.isLetterOrNumber()) {
            if (const int u = urlLength(t, i)) {
                push(i, i + u);
                i += u;
                continue;
            }
        }
        if (c.isDigit()) {
            const int len = numberLength(t, i);
            push(i, i + len);
            i += len;
            continue;
        }
        if (isWordChar(c)) {
            int j = i;
            int nt = -1; // start of a n't clitic
            // A word: letters and digits, with internal hyphens and apostrophes (O'Brien,
            // re-establish, military-to-military) and internal periods in initialisms (U.S.).
            while (j < n) {
                if (isWordChar(t[j])) {
                    ++j;
                } else if (isHyphen(t[j]) && j + 1 < n && isWordChar(t[j + 1]) && j > i) {
                    ++j;
                } else if (isApostrophe(t[j]) && j + 1 < n && t[j + 1].isLetter() && j > i) {
                    // Possessive 's and the clitics 'll 're 've 'd 'm and n't are tokens of their
                    // own; other apostrophes (O'Brien) stay inside the word.
                    int k = j + 1;
                    while (k < n && isWordChar(t[k]))
                        ++k;
                    const QString suffix = t.mid(j + 1, k - j - 1).toString().toLower();
                    if (suffix == QLatin1String("t") && j - i >= 2 &&
                        t[j - 1].toLower() == QLatin1Char('n')) {
                        nt = j - 1;
                        break;
                    }
                    if (suffix == QLatin1String("s") || suffix == QLatin1String("ll") ||
                        suffix == QLatin1String("re") || suffix == QLatin1String("ve") ||
                        suffix == QLatin1String("d") || suffix == QLatin1String("m"))
                        break;
                    ++j;
                } else if (t[j] == QLatin1Char('.') && j + 1 < n && t[j + 1].isLetter() && j - i == 1 &&
                           (j + 2 >= n || t[j + 2] == QLatin1Char('.'))) {
                    // U.S. / e.g. : single letters separated by periods
                    ++j;
                } else if (t[j] == QLatin1Char('.') && j + 1 < n && t[j + 1].isLetter() && j >= 2 &&
                           t[j - 2] == QLatin1Char('.') && (j + 2 >= n || t[j + 2] == QLatin1Char('.'))) {
                    ++j;
                } else {
                    break;
                }
            }
            if (nt >= 0) {
                push(i, nt);
                push(nt, nt + 3);
                i = nt + 3;
                continue;
            }
            // A final period belongs to the word when the word is a known abbreviation.
            if (j < n && t[j] == QLatin1Char('.')) {
                if (isAbbreviation(t.mid(i, j + 1 - i)))
                    ++j;
            }
            push(i, j);
            i = j;
            continue;
        }
        if (isApostrophe(c) && i + 1 < n && t[i + 1].isLetter() && !tokens.isEmpty() &&
            tokens.last().end == i) {
            // clitic after a word: 's 'll 're 've 'd 'm
            int j = i + 1;
            while (j < n && t[j].isLetter())
                ++j;
            push(i, j);
            i = j;
            continue;
        }
        // Punctuation: "..." and "--" as one token, everything else one character.
        if (c == QLatin1Char('.') && i + 2 < n && t[i + 1] == QLatin1Char('.') &&
            t[i + 2] == QLatin1Char('.')) {
            int j = i;
            while (j < n && t[j] == QLatin1Char('.'))
                ++j;
            push(i, j);
            i = j;
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < n && t[i + 1] == QLatin1Char('-')) {
            int j = i;
            while (j < n && t[j] == QLatin1Char('-'))
                ++j;
            push(i, j);
            i = j;
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < n && t[i + 1].isLowSurrogate()) {
            push(i, i + 2);
            i += 2;
            continue;
        }
        push(i, i + 1);
        ++i;
    }
    return tokens;
}

} // namespace al
