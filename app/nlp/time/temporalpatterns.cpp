#include "temporalpatterns.h"

#include "resources.h"

#include <QFile>
#include <QSet>
#include <QtDebug>

#include <algorithm>
#include <functional>

namespace al {

namespace {

enum class Builtin { None, Int, Num, Year, YY, Day, Ord, Decade, Time, Hms, Name };

struct ClassEntry
{
    QString value;
    bool needsCapital = false;
};

using WordClass = QHash<int, ClassEntry>; // word id → entry

struct Element
{
    enum Kind { Literal, Class, BuiltinKind, Group, SpanOpen, SpanClose };
    Kind kind = Literal;
    QStringList words; // literal alternatives, lower case
    QVector<int> ids;  // and their word ids
    bool needsCapital = false;
    bool any = false;  // `*`: any one word
    bool dash = false; // the literal is a hyphen or slash, which are otherwise skipped
    int cls = -1;      // index into Impl::classes
    Builtin builtin = Builtin::None;
    QString slot;
    bool optional = false;
    QVector<Element> children;
};

struct CompiledRule
{
    TemporalPatterns::Rule rule;
    QVector<Element> elements;
};

struct Prefix
{
    QStringList words; // in text order
    QString mod;
};

const QHash<QString, int> &numberWords()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        const char *const units[] = {"zero",    "one",     "two",       "three",    "four",
                                     "five",    "six",     "seven",     "eight",    "nine",
                                     "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                     "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < 20; ++i)
            t.insert(QString::fromLatin1(units[i]), i);
        const char *const tens[] = {"twenty", "thirty",  "forty",  "fifty",
                                    "sixty",  "seventy", "eighty", "ninety"};
        for (int i = 0; i < 8; ++i)
            t.insert(QString::fromLatin1(tens[i]), (i + 2) * 10);
        t.insert(QStringLiteral("fourty"), 40);
        t.insert(QStringLiteral("hundred"), 100);
        t.insert(QStringLiteral("thousand"), 1000);
        t.insert(QStringLiteral("million"), 1000000);
        return t;
    }();
    return table;
}

const QHash<QString, int> &ordinalWords()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        const char *const words[] = {"first",     "second",      "third",      "fourth",     "fifth",
                                     "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
                                     "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
                                     "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
        for (int i = 0; i < 20; ++i)
            t.insert(QString::fromLatin1(words[i]), i + 1);
        t.insert(QStringLiteral("thirtieth"), 30);
        t.insert(QStringLiteral("fortieth"), 40);
        t.insert(QStringLiteral("fiftieth"), 50);
        t.insert(QStringLiteral("hundredth"), 100);
        return t;
    }();
    return table;
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

// "1st", "22nd", "3rd", "4th" → the number, else -1.
int digitOrdinal(const QString &s)
{
    if (s.size() < 3)
        return -1;
    const QStringView suffix = QStringView(s).right(2);
    if (suffix != QLatin1String("st") && suffix != QLatin1String("nd") && suffix != QLatin1String("rd") &&
        suffix != QLatin1String("th"))
        return -1;
    const QStringView digits = QStringView(s).left(s.size() - 2);
    if (!allDigits(digits))
        return -1;
    return digits.toInt();
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018);
}

bool isDash(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011) || c == QChar(0x2013) ||
           c == QChar(0x2014);
}

} // namespace

struct TemporalPatterns::Impl
{
    QVector<WordClass> classes;
    QHash<QString, int> classIndex;
    QStringList classSlots; // the slot a class fills unless the rule names another
    QVector<CompiledRule> rules;
    // Words are interned once, so matching compares integers. Negative keys index the rules
    // that start with a builtin or `*`.
    QHash<QString, int> vocabulary;
    QVector<int> numberValue;  // per word id, -1 when not a number word
    QVector<int> ordinalValue; // per word id, -1 when not an ordinal word
    QVector<int> cueIndex;     // per word id, index into cueNames or -1
    QStringList cueNames;
    QHash<int, QVector<int>> index; // first-word key → rules
    QSet<QString> abbreviations;    // words that take a following period ("sept")
    QVector<Prefix> prefixes;
    QHash<QString, QString> parameters;
    bool hasAnyRule = false; // a rule starts with `*`

    bool parse(const QString &text, QString *error);
    bool parsePattern(const QStringList &tokens, int &pos, QVector<Element> &out, bool top, QString *error);
    void firstKeys(const QVector<Element> &list, int from, QSet<int> &keys, bool *canBeEmpty) const;
    void wordKeys(const Word &w, QVarLengthArray<int, 4> &keys) const;
    int intern(const QString &word);
    Impl();

    // Builtins: the number of words used (0 when no match) and the captured value.
    int builtinAt(Builtin b, const QVector<Word> &w, int i, int limit, QString *value) const;
    int numberAt(const QVector<Word> &w, int i, int limit, double *value) const;
    int ordinalAt(const QVector<Word> &w, int i, int limit, int *value) const;
    int yearWordsAt(const QVector<Word> &w, int i, int limit, int *value) const;
};

enum : int { KeyDigits = -1, KeyNumberWord = -2, KeyOrdinalWord = -3, KeyAny = -4, KeyName = -5 };

TemporalPatterns::Impl::Impl()
{
    numberValue << -1;
    ordinalValue << -1;
    cueIndex << -1; // id 0: a word no pattern knows
    for (auto it = numberWords().cbegin(); it != numberWords().cend(); ++it)
        numberValue[intern(it.key())] = it.value();
    for (auto it = ordinalWords().cbegin(); it != ordinalWords().cend(); ++it)
        ordinalValue[intern(it.key())] = it.value();
}

int TemporalPatterns::Impl::intern(const QString &word)
{
    const auto it = vocabulary.constFind(word);
    if (it != vocabulary.cend())
        return it.value();
    const int id = numberValue.size();
    vocabulary.insert(word, id);
    numberValue << -1;
    ordinalValue << -1;
    cueIndex << -1;
    return id;
}

TemporalPatterns::TemporalPatterns() : d(std::make_unique<Impl>()) {}
TemporalPatterns::~TemporalPatterns() = default;

QString TemporalPatterns::Match::slot(const QString &name) const
{
    for (const Slot &s : slots)
        if (s.name == name)
            return s.value;
    return {};
}

bool TemporalPatterns::Match::has(const QString &name) const
{
    for (const Slot &s : slots)
        if (s.name == name)
            return true;
    return false;
}

const TemporalPatterns &TemporalPatterns::shared()
{
    static const std::shared_ptr<TemporalPatterns> instance = [] {
        const QString path = Resources::path(QStringLiteral("temporal/patterns.txt"));
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            auto empty = std::make_shared<TemporalPatterns>();
            empty->m_error = QStringLiteral("temporal/patterns.txt not found among the resources");
            qWarning("%s", qPrintable(empty->m_error));
            return empty;
        }
        QString error;
        auto loaded = fromText(QString::fromUtf8(file.readAll()), &error);
        if (!error.isEmpty())
            qWarning("temporal patterns: %s", qPrintable(error));
        return loaded;
    }();
    return *instance;
}

std::shared_ptr<TemporalPatterns> TemporalPatterns::fromText(const QString &text, QString *error)
{
    auto p = std::make_shared<TemporalPatterns>();
    QString message;
    p->d->parse(text, &message);
    p->m_error = message;
    if (error)
        *error = message;
    return p;
}

bool TemporalPatterns::isEmpty() const
{
    return d->rules.isEmpty();
}

int TemporalPatterns::ruleCount() const
{
    return d->rules.size();
}

bool TemporalPatterns::Impl::parsePattern(const QStringList &tokens, int &pos, QVector<Element> &out,
                                          bool top, QString *error)
{
    while (pos < tokens.size()) {
        QString t = tokens.at(pos++);
        if (t == QLatin1String("]") || t == QLatin1String("]?")) {
            if (top) {
                *error = QStringLiteral("unbalanced ]");
                return false;
            }
            return true;
        }
        Element e;
        if (t == QLatin1String("[")) {
            e.kind = Element::Group;
            e.optional = true;
            if (!parsePattern(tokens, pos, e.children, false, error))
                return false;
            out << e;
            continue;
        }
        if (t == QLatin1String("{") || t == QLatin1String("}")) {
            if (!top) {
                *error = QStringLiteral("{ } only at the top of a pattern");
                return false;
            }
            e.kind = t == QLatin1String("{") ? Element::SpanOpen : Element::SpanClose;
            out << e;
            continue;
        }
        if (t.size() > 1 && t.endsWith(QLatin1Char('?'))) {
            e.optional = true;
            t.chop(1);
        }
        const int colon = t.indexOf(QLatin1Char(':'), 1);
        if (t.startsWith(QLatin1Char('@'))) {
            const QString name = t.mid(1, colon < 0 ? -1 : colon - 1);
            e.kind = Element::Class;
            e.cls = classIndex.value(name, -1);
            if (e.cls < 0) {
                *error = QStringLiteral("unknown class @%1").arg(name);
                return false;
            }
            e.slot = colon < 0 ? classSlots.at(e.cls) : t.mid(colon + 1);
        } else if (t.startsWith(QLatin1Char('#')) && t.size() > 1) {
            const QString name = t.mid(1, colon < 0 ? -1 : colon - 1);
            static const QHash<QString, Builtin> builtins = {
                {QStringLiteral("int"), Builtin::Int},       {QStringLiteral("num"), Builtin::Num},
                {QStringLiteral("year"), Builtin::Year},     {QStringLiteral("yy"), Builtin::YY},
                {QStringLiteral("day"), Builtin::Day},       {QStringLiteral("ord"), Builtin::Ord},
                {QStringLiteral("decade"), Builtin::Decade}, {QStringLiteral("time"), Builtin::Time},
                {QStringLiteral("hms"), Builtin::Hms},       {QStringLiteral("name"), Builtin::Name}};
            e.kind = Element::BuiltinKind;
            e.builtin = builtins.value(name, Builtin::None);
            if (e.builtin == Builtin::None) {
                *error = QStringLiteral("unknown builtin #%1").arg(name);
                return false;
            }
            e.slot = colon < 0 ? name : t.mid(colon + 1);
        } else {
            e.kind = Element::Literal;
            if (t.startsWith(QLatin1Char('^')) && t.size() > 1) {
                e.needsCapital = true;
                t.remove(0, 1);
            }
            e.words = t.toLower().split(QLatin1Char('|'));
            e.any = t == QLatin1String("*");
            e.dash = e.words.contains(QStringLiteral("-")) || e.words.contains(QStringLiteral("/"));
            for (const QString &w : std::as_const(e.words))
                e.ids << intern(w);
        }
        out << e;
    }
    if (!top) {
        *error = QStringLiteral("missing ]");
        return false;
    }
    return true;
}

bool TemporalPatterns::Impl::parse(const QString &text, QString *error)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList problems;
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        const int hash = line.indexOf(QLatin1String(" #"));
        if (line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (hash >= 0 && line.indexOf(QLatin1String("=>")) < 0 &&
            !line.trimmed().startsWith(QLatin1String("class")))
            line.truncate(hash);
        const QStringList tokens = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (tokens.isEmpty())
            continue;
        const QString head = tokens.first();
        if (head == QLatin1String("class")) {
            if (tokens.size() < 2) {
                problems << QStringLiteral("line %1: class without a name").arg(n + 1);
                continue;
            }
            WordClass cls;
            for (int i = 2; i < tokens.size(); ++i) {
                const QString &entry = tokens.at(i);
                if (entry.startsWith(QLatin1Char('#')))
                    break; // a trailing comment
                if (entry.startsWith(QLatin1Char('@'))) {
                    const int other = classIndex.value(entry.mid(1), -1);
                    if (other < 0)
                        problems << QStringLiteral("line %1: unknown class %2").arg(n + 1).arg(entry);
                    else
                        cls.insert(classes.at(other));
                    continue;
                }
                const int eq = entry.indexOf(QLatin1Char('='));
                QString word = (eq < 0 ? entry : entry.left(eq)).toLower();
                ClassEntry ce;
                if (word.startsWith(QLatin1Char('^'))) {
                    ce.needsCapital = true;
                    word.remove(0, 1);
                }
                ce.value = eq < 0 ? word : entry.mid(eq + 1);
                cls.insert(intern(word), ce);
            }
            // class NAME:slot
            const QString name = tokens.at(1).section(QLatin1Char(':'), 0, 0);
            const QString slot = tokens.at(1).section(QLatin1Char(':'), 1);
            classIndex.insert(name, classes.size());
            classSlots << (slot.isEmpty() ? name : slot);
            classes << cls;
            continue;
        }
        if (head == QLatin1String("abbrev")) {
            for (int i = 1; i < tokens.size(); ++i)
                abbreviations.insert(tokens.at(i).toLower());
            continue;
        }
        if (head == QLatin1String("cue")) {
            for (int i = 2; i < tokens.size(); ++i) {
                int category = cueNames.indexOf(tokens.at(1));
                if (category < 0) {
                    category = cueNames.size();
                    cueNames << tokens.at(1);
                }
                cueIndex[intern(tokens.at(i).toLower())] = category;
            }
            continue;
        }
        if (head == QLatin1String("param")) {
            if (tokens.size() != 3) {
                problems << QStringLiteral("line %1: param NAME VALUE").arg(n + 1);
                continue;
            }
            parameters.insert(tokens.at(1), tokens.at(2)); // a later line overrides an earlier one
            continue;
        }
        if (head == QLatin1String("prefix")) {
            if (tokens.size() < 3) {
                problems << QStringLiteral("line %1: prefix MOD words...").arg(n + 1);
                continue;
            }
            Prefix p;
            p.mod = tokens.at(1) == QLatin1String("-") ? QString() : tokens.at(1);
            for (int i = 2; i < tokens.size(); ++i)
                p.words << tokens.at(i).toLower();
            prefixes << p;
            continue;
        }
        // A rule: TYPE pattern => action args [mod=X]
        const int arrow = tokens.indexOf(QStringLiteral("=>"));
        if (arrow < 2 || arrow + 1 >= tokens.size()) {
            problems << QStringLiteral("line %1: expected TYPE pattern => action").arg(n + 1);
            continue;
        }
        CompiledRule r;
        r.rule.type = head;
        r.rule.line = n + 1;
        r.rule.source = line.simplified();
        int pos = 1;
        QString message;
        const QStringList patternTokens = tokens.mid(1, arrow - 1);
        if (!parsePattern(patternTokens, pos = 0, r.elements, true, &message)) {
            problems << QStringLiteral("line %1: %2").arg(n + 1).arg(message);
            continue;
        }
        r.rule.action = tokens.at(arrow + 1);
        for (int i = arrow + 2; i < tokens.size(); ++i) {
            if (tokens.at(i).startsWith(QLatin1String("mod=")))
                r.rule.mod = tokens.at(i).mid(4);
            else
                r.rule.args << tokens.at(i);
        }
        r.rule.weight = patternTokens.size();
        QSet<int> keys;
        bool empty = false;
        firstKeys(r.elements, 0, keys, &empty);
        if (empty) {
            problems << QStringLiteral("line %1: the pattern can match nothing").arg(n + 1);
            continue;
        }
        for (int k : std::as_const(keys))
            index[k] << rules.size();
        hasAnyRule = hasAnyRule || keys.contains(KeyAny);
        rules << r;
    }
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return problems.isEmpty();
}

void TemporalPatterns::Impl::firstKeys(const QVector<Element> &list, int from, QSet<int> &keys,
                                       bool *canBeEmpty) const
{
    for (int i = from; i < list.size(); ++i) {
        const Element &e = list.at(i);
        bool elementEmpty = e.optional;
        switch (e.kind) {
        case Element::SpanOpen:
        case Element::SpanClose: continue;
        case Element::Literal:
            if (e.any)
                keys.insert(KeyAny);
            for (int id : e.ids)
                keys.insert(id);
            break;
        case Element::Class:
            for (auto it = classes.at(e.cls).cbegin(); it != classes.at(e.cls).cend(); ++it)
                keys.insert(it.key());
            break;
        case Element::BuiltinKind:
            // Every builtin but #name starts on a digit token or a number/ordinal word; a name
            // starts on a capitalized word no pattern knows.
            if (e.builtin == Builtin::Name) {
                keys.insert(KeyName);
                break;
            }
            keys.insert(KeyDigits);
            keys.insert(KeyNumberWord);
            keys.insert(KeyOrdinalWord);
            break;
        case Element::Group: {
            bool inner = false;
            firstKeys(e.children, 0, keys, &inner);
            elementEmpty = true;
            break;
        }
        }
        if (!elementEmpty) {
            *canBeEmpty = false;
            return;
        }
    }
    *canBeEmpty = true;
}

void TemporalPatterns::Impl::wordKeys(const Word &w, QVarLengthArray<int, 4> &keys) const
{
    if (w.id > 0)
        keys.append(w.id);
    if (hasAnyRule)
        keys.append(KeyAny);
    if (!w.lower.isEmpty() &&
        (w.lower.at(0).isDigit() || (w.lower.size() > 1 && w.lower.at(0) == QLatin1Char('\''))))
        keys.append(KeyDigits);
    if (w.id == 0 && w.capitalized)
        keys.append(KeyName);
    if (w.numberWord >= 0)
        keys.append(KeyNumberWord);
    else if (w.ordinalWord >= 0)
        keys.append(KeyOrdinalWord);
}

double TemporalPatterns::parameter(const QString &name, double fallback) const
{
    bool ok = false;
    const double v = d->parameters.value(name).toDouble(&ok);
    return ok ? v : fallback;
}

QString TemporalPatterns::cueOf(const Word &word) const
{
    const int category = d->cueIndex.value(word.id, -1);
    return category < 0 ? QString() : d->cueNames.at(category);
}

int TemporalPatterns::numberAt(const QVector<Word> &words, int i, int limit, double *value) const
{
    return d->numberAt(words, i, limit, value);
}

int TemporalPatterns::Impl::numberAt(const QVector<Word> &w, int i, int limit, double *value) const
{
    if (i >= limit)
        return 0;
    if (w.at(i).number >= 0 && !w.at(i).lower.contains(QLatin1Char(':'))) {
        *value = w.at(i).number;
        return 1;
    }
    qint64 total = 0;
    qint64 current = 0;
    int used = 0;
    int lastKind = 0; // 1 unit/teen, 2 tens, 3 hundred, 4 thousand
    int j = i;
    while (j < limit) {
        if (j > i && w.at(j).glue && j + 1 < limit) {
            ++j; // twenty-four
            continue;
        }
        const int v = w.at(j).numberWord;
        if (v < 0)
            break;
        if (v < 20) {
            if (lastKind == 1 || (lastKind == 2 && v >= 10))
                break;
            current += v;
            lastKind = 1;
        } else if (v < 100) {
            if (lastKind == 1 || lastKind == 2)
                break;
            current += v;
            lastKind = 2;
        } else if (v == 100) {
            if (lastKind == 3 || (lastKind == 4 && current == 0))
                break;
            current = qMax<qint64>(current, 1) * 100;
            lastKind = 3;
        } else {
            total += qMax<qint64>(current, 1) * v;
            current = 0;
            lastKind = 4;
        }
        ++j;
        used = j - i;
    }
    if (used == 0)
        return 0;
    *value = double(total + current);
    return used;
}

int TemporalPatterns::Impl::ordinalAt(const QVector<Word> &w, int i, int limit, int *value) const
{
    if (i >= limit)
        return 0;
    const int digits = digitOrdinal(w.at(i).lower);
    if (digits >= 0) {
        *value = digits;
        return 1;
    }
    if (w.at(i).ordinalWord >= 0) {
        *value = w.at(i).ordinalWord;
        return 1;
    }
    // twenty-first, thirty first
    const int tens = w.at(i).numberWord;
    if (tens < 20 || tens >= 100 || tens % 10)
        return 0;
    int j = i + 1;
    if (j < limit && w.at(j).glue)
        ++j;
    if (j < limit) {
        const int unit = w.at(j).ordinalWord;
        if (unit > 0 && unit < 10) {
            *value = tens + unit;
            return j - i + 1;
        }
    }
    return 0;
}

int TemporalPatterns::Impl::yearWordsAt(const QVector<Word> &w, int i, int limit, int *value) const
{
    // nineteen ninety-six, nineteen eighty, two thousand (and) one
    const int first = w.at(i).numberWord;
    if (first < 0)
        return 0;
    if (first >= 11 && first <= 20 && i + 1 < limit) {
        double rest = 0;
        const int used = numberAt(w, i + 1, limit, &rest);
        if (used > 0 && rest >= 10 && rest < 100 && w.at(i + 1).number < 0) {
            *value = first * 100 + int(rest);
            return used + 1;
        }
    }
    if (w.at(i).lower != QLatin1String("two") || i + 1 >= limit ||
        w.at(i + 1).lower != QLatin1String("thousand"))
        return 0; // "twelve hundred" students are no year
    double number = 0;
    const int used = numberAt(w, i, limit, &number);
    if (used > 1 && number >= 1000 && number < 2200) {
        *value = int(number);
        return used;
    }
    return 0;
}

int TemporalPatterns::Impl::builtinAt(Builtin b, const QVector<Word> &w, int i, int limit,
                                      QString *value) const
{
    if (i >= limit)
        return 0;
    const Word &word = w.at(i);
    const bool digits = allDigits(word.lower);
    switch (b) {
    case Builtin::Int:
        if (digits) {
            *value = word.lower;
            return 1;
        }
        return 0;
    case Builtin::Num: {
        double v = 0;
        const int used = numberAt(w, i, limit, &v);
        if (used)
            *value = QString::number(v, 'g', 12);
        return used;
    }
    case Builtin::Year: {
        if (digits && word.lower.size() == 4) {
            const int y = word.lower.toInt();
            if (y >= 1000 && y < 2200) {
                *value = word.lower;
                return 1;
            }
            return 0;
        }
        int y = 0;
        const int used = yearWordsAt(w, i, limit, &y);
        if (used)
            *value = QString::number(y);
        return used;
    }
    case Builtin::YY:
        // '89 (the tokenizer keeps the apostrophe with the digits)
        if (word.lower.size() == 3 && word.lower.at(0) == QLatin1Char('\'') &&
            allDigits(QStringView(word.lower).mid(1))) {
            *value = word.lower.mid(1);
            return 1;
        }
        return 0;
    case Builtin::Day: {
        if (digits && word.lower.size() <= 2) {
            const int v = word.lower.toInt();
            if (v >= 1 && v <= 31) {
                *value = QString::number(v);
                return 1;
            }
            return 0;
        }
        int v = 0;
        const int used = ordinalAt(w, i, limit, &v);
        if (used && v >= 1 && v <= 31) {
            *value = QString::number(v);
            return used;
        }
        return 0;
    }
    case Builtin::Ord: {
        int v = 0;
        const int used = ordinalAt(w, i, limit, &v);
        if (used)
            *value = QString::number(v);
        return used;
    }
    case Builtin::Decade: {
        // 1980s, '80s, 80s
        QStringView s = word.lower;
        if (!s.endsWith(QLatin1Char('s')))
            return 0;
        s.chop(1);
        if (s.startsWith(QLatin1Char('\'')))
            s = s.mid(1);
        if (!allDigits(s) || (s.size() != 2 && s.size() != 4) || s.back() != QLatin1Char('0'))
            return 0;
        *value = s.toString();
        return 1;
    }
    case Builtin::Time: {
        // 10:35, 7:15
        const int colon = word.lower.indexOf(QLatin1Char(':'));
        if (colon < 1 || colon > 2 || word.lower.size() - colon - 1 != 2)
            return 0;
        if (!allDigits(QStringView(word.lower).left(colon)) ||
            !allDigits(QStringView(word.lower).mid(colon + 1)))
            return 0;
        if (word.lower.left(colon).toInt() > 24 || word.lower.mid(colon + 1).toInt() > 59)
            return 0;
        *value = word.lower;
        return 1;
    }
    case Builtin::Hms: {
        // 2:58:10, a clock reading to the second
        const QList<QStringView> parts = QStringView(word.lower).split(QLatin1Char(':'));
        if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(0).size() > 2 || !allDigits(parts.at(0)))
            return 0;
        for (int k = 1; k < 3; ++k)
            if (parts.at(k).size() != 2 || !allDigits(parts.at(k)) || parts.at(k).toInt() > 59)
                return 0;
        *value = word.lower;
        return 1;
    }
    case Builtin::Name: {
        // A capitalized word that no pattern knows, inside its sentence: part of a name
        // ("Euro", "Orion"), not a sentence's first word.
        if (!word.capitalized || word.id != 0 || i == 0 || word.lineBefore ||
            w.at(i - 1).sentence != word.sentence)
            return 0;
        for (QChar c : word.lower)
            if (!c.isLetter())
                return 0;
        *value = word.lower;
        return 1;
    }
    case Builtin::None: break;
    }
    return 0;
}

QVector<TemporalPatterns::Word> TemporalPatterns::words(QStringView text,
                                                        const QVector<int> &sentenceStarts) const
{
    QVector<Word> out;
    out.reserve(text.size() / 5 + 8);
    const int n = text.size();
    int sentence = 0;
    int nextStart = 1; // index into sentenceStarts of the next boundary
    bool space = true;
    int newlines = 0;
    int paragraphs = 0;
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            space = true;
            if (c == QLatin1Char('\n'))
                ++newlines;
            ++i;
            continue;
        }
        Word w;
        w.start = i;
        w.spaceBefore = space || out.isEmpty();
        w.lineBefore = newlines > 0;
        if (newlines >= 2)
            ++paragraphs;
        int j = i + 1;
        if (c.isLetter()) {
            while (j < n && (text.at(j).isLetter() || text.at(j).isMark()))
                ++j;
            // Q3, H1, G20: letters and digits together are one word
            if (j < n && text.at(j).isDigit()) {
                while (j < n && text.at(j).isLetterOrNumber())
                    ++j;
            }
            if (j - i == 1 && j + 1 < n && text.at(j) == QLatin1Char('.') && text.at(j + 1).isLetter() &&
                (j + 2 >= n || !text.at(j + 2).isLetter())) {
                // a.m., p.m., U.S.: letters joined by periods
                int k = j;
                while (k + 1 < n && text.at(k) == QLatin1Char('.') && text.at(k + 1).isLetter() &&
                       (k + 2 >= n || !text.at(k + 2).isLetter()))
                    k += 2;
                if (k < n && text.at(k) == QLatin1Char('.'))
                    ++k;
                j = k;
            } else if (j < n && text.at(j) == QLatin1Char('.') && c.isUpper() &&
                       d->abbreviations.contains(text.mid(i, j - i).toString().toLower())) {
                ++j;
            }
            w.capitalized = c.isUpper();
        } else if (c.isDigit()) {
            while (j < n && (text.at(j).isDigit() ||
                             ((text.at(j) == QLatin1Char(',') || text.at(j) == QLatin1Char('.') ||
                               text.at(j) == QLatin1Char(':')) &&
                              j + 1 < n && text.at(j + 1).isDigit())))
                ++j;
            // 1980s, 1st, 22nd
            int k = j;
            while (k < n && text.at(k).isLetter())
                ++k;
            const QString suffix = text.mid(j, k - j).toString().toLower();
            if (suffix == QLatin1String("s") || suffix == QLatin1String("st") ||
                suffix == QLatin1String("nd") || suffix == QLatin1String("rd") ||
                suffix == QLatin1String("th"))
                j = k;
        } else if (isApostrophe(c) && !space && i + 1 < n &&
                   (text.at(i + 1) == QLatin1Char('s') || text.at(i + 1) == QLatin1Char('S')) &&
                   (i + 2 >= n || !text.at(i + 2).isLetter())) {
            j = i + 2; // possessive 's
        } else if (isApostrophe(c) &&
                   (space || (!text.at(i - 1).isLetterOrNumber() && !isApostrophe(text.at(i - 1)))) &&
                   i + 2 < n && text.at(i + 1).isDigit() && text.at(i + 2).isDigit() &&
                   (i + 3 >= n || !text.at(i + 3).isDigit())) {
            j = i + 3; // '89, '80s
            if (j < n && text.at(j) == QLatin1Char('s'))
                ++j;
        }
        QString lower = text.mid(i, j - i).toString().toLower();
        if (isApostrophe(c))
            lower[0] = QLatin1Char('\'');
        else if (j == i + 1 && isDash(c))
            lower = QStringLiteral("-");
        w.lower = lower;
        const auto known = d->vocabulary.constFind(w.lower);
        if (known != d->vocabulary.cend()) {
            w.id = known.value();
            w.numberWord = d->numberValue.at(w.id);
            w.ordinalWord = d->ordinalValue.at(w.id);
        }
        w.end = j;
        if (c.isDigit()) {
            QString plain = lower;
            plain.remove(QLatin1Char(','));
            bool ok = false;
            const double v = plain.toDouble(&ok);
            if (ok)
                w.number = v;
        }
        if ((lower == QLatin1String("-") || lower == QLatin1String("/")) && !space && j < n &&
            !text.at(j).isSpace())
            w.glue = true;
        // Sentence index: from the splitter's starts, and a blank line always separates.
        while (nextStart < sentenceStarts.size() && sentenceStarts.at(nextStart) <= i) {
            ++nextStart;
            ++sentence;
        }
        w.sentence = sentence + paragraphs;
        out.append(std::move(w));
        space = false;
        newlines = 0;
        i = j;
    }
    return out;
}

int TemporalPatterns::prefixBefore(const QVector<Word> &words, int first, QString *mod) const
{
    int best = 0;
    for (const Prefix &p : d->prefixes) {
        int j = first - 1;
        bool ok = true;
        int used = 0;
        for (int k = p.words.size() - 1; k >= 0; --k) {
            if (j >= 0 && words.at(j).glue && k == p.words.size() - 1)
                --j; // mid-1990s
            if (j < 0 || words.at(j).lower != p.words.at(k) ||
                words.at(j).sentence != words.at(first).sentence) {
                ok = false;
                break;
            }
            --j;
        }
        if (!ok)
            continue;
        used = first - 1 - j;
        if (used > best) {
            best = used;
            *mod = p.mod;
        }
    }
    return best;
}

namespace {

struct MatchState
{
    const QVector<TemporalPatterns::Word> &w;
    int limit;
    int start;
    int spanFirst = -1;
    int spanEnd = -1; // exclusive
    QVector<TemporalPatterns::Slot> slots = {};
    // best so far
    int bestFirst = -1;
    int bestLast = -1;
    QVector<TemporalPatterns::Slot> bestSlots = {};
};

} // namespace

QVector<TemporalPatterns::Match> TemporalPatterns::match(const QVector<Word> &words) const
{
    struct Candidate
    {
        int first;
        int last;
        int rule;
        QVector<Slot> slots;
    };
    QVector<Candidate> candidates;
    const int n = words.size();
    QVector<int> stamp(d->rules.size(), -1);
    QVarLengthArray<int, 4> keys;
    QVarLengthArray<int, 32> ruleList;

    // Recursive matcher with continuations, so optional elements and groups backtrack.
    std::function<void(const QVector<Element> &, int, int, MatchState &, const std::function<void(int)> &)>
        matchList;
    matchList = [&](const QVector<Element> &list, int ei, int wi, MatchState &st,
                    const std::function<void(int)> &done) {
        if (ei == list.size()) {
            done(wi);
            return;
        }
        const Element &e = list.at(ei);
        if (e.kind == Element::SpanOpen || e.kind == Element::SpanClose) {
            int &mark = e.kind == Element::SpanOpen ? st.spanFirst : st.spanEnd;
            const int saved = mark;
            int at = wi;
            if (e.kind == Element::SpanOpen && at < st.limit && st.w.at(at).glue)
                ++at;
            mark = at;
            matchList(list, ei + 1, wi, st, done);
            mark = saved;
            return;
        }
        if (e.optional) {
            // Without the element first is not needed for correctness; all paths are explored.
            matchList(list, ei + 1, wi, st, done);
        }
        int at = wi;
        const bool literalDash = e.dash;
        if (at > st.start && at < st.limit && st.w.at(at).glue && !literalDash)
            ++at;
        if (at >= st.limit)
            return;
        const Word &word = st.w.at(at);
        switch (e.kind) {
        case Element::Literal:
            if ((e.any || e.ids.contains(word.id)) && (!e.needsCapital || word.capitalized))
                matchList(list, ei + 1, at + 1, st, done);
            return;
        case Element::Class: {
            const WordClass &cls = d->classes.at(e.cls);
            const auto it = cls.constFind(word.id);
            if (it == cls.cend() || (it->needsCapital && !word.capitalized))
                return;
            st.slots.append({e.slot, it->value});
            matchList(list, ei + 1, at + 1, st, done);
            st.slots.removeLast();
            return;
        }
        case Element::BuiltinKind: {
            QString value;
            const int used = d->builtinAt(e.builtin, st.w, at, st.limit, &value);
            if (!used)
                return;
            st.slots.append({e.slot, value});
            matchList(list, ei + 1, at + used, st, done);
            st.slots.removeLast();
            return;
        }
        case Element::Group:
            matchList(e.children, 0, at, st, [&](int after) { matchList(list, ei + 1, after, st, done); });
            return;
        default: return;
        }
    };

    int sentenceEnd = 0;
    for (int i = 0; i < n; ++i) {
        if (words.at(i).glue)
            continue;
        if (i >= sentenceEnd) {
            sentenceEnd = i + 1;
            while (sentenceEnd < n && words.at(sentenceEnd).sentence == words.at(i).sentence)
                ++sentenceEnd;
        }
        keys.clear();
        d->wordKeys(words.at(i), keys);
        ruleList.clear();
        for (int k : keys) {
            const auto it = d->index.constFind(k);
            if (it == d->index.cend())
                continue;
            for (int r : it.value()) {
                if (stamp[r] == i)
                    continue;
                stamp[r] = i;
                ruleList.append(r);
            }
        }
        std::sort(ruleList.begin(), ruleList.end());
        for (int r : ruleList) {
            MatchState st{words, sentenceEnd, i};
            matchList(d->rules.at(r).elements, 0, i, st, [&](int after) {
                const int first = st.spanFirst >= 0 ? st.spanFirst : i;
                int last = (st.spanEnd >= 0 ? st.spanEnd : after) - 1;
                while (last > first && words.at(last).glue)
                    --last;
                if (last < first)
                    return;
                if (st.bestFirst < 0 || last - first > st.bestLast - st.bestFirst) {
                    st.bestFirst = first;
                    st.bestLast = last;
                    st.bestSlots = st.slots;
                }
            });
            if (st.bestFirst >= 0)
                candidates.append({st.bestFirst, st.bestLast, r, st.bestSlots});
        }
    }

    // Leftmost, then longest (by characters), then the more specific rule, then the earlier one.
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
        if (a.first != b.first)
            return a.first < b.first;
        const int la = words.at(a.last).end - words.at(a.first).start;
        const int lb = words.at(b.last).end - words.at(b.first).start;
        if (la != lb)
            return la > lb;
        const int wa = d->rules.at(a.rule).rule.weight;
        const int wb = d->rules.at(b.rule).rule.weight;
        if (wa != wb)
            return wa > wb;
        return a.rule < b.rule;
    });
    QVector<Match> out;
    int taken = -1; // last word index covered
    for (int c = 0; c < candidates.size(); ++c) {
        const Candidate &cand = candidates.at(c);
        if (cand.first <= taken)
            continue;
        // A longer match starting inside this one wins the place instead.
        bool beaten = false;
        for (int o = c + 1; o < candidates.size() && candidates.at(o).first <= cand.last; ++o) {
            const Candidate &other = candidates.at(o);
            if (other.first > cand.first && other.last > cand.last &&
                words.at(other.last).end - words.at(other.first).start >
                    words.at(cand.last).end - words.at(cand.first).start &&
                d->rules.at(other.rule).rule.type != QLatin1String("NONE")) {
                beaten = true;
                break;
            }
        }
        if (beaten)
            continue;
        taken = cand.last;
        if (d->rules.at(cand.rule).rule.type == QLatin1String("NONE"))
            continue;
        Match m;
        m.first = cand.first;
        m.last = cand.last;
        m.rule = &d->rules.at(cand.rule).rule;
        m.slots = cand.slots;
        out << m;
    }
    return out;
}

} // namespace al
