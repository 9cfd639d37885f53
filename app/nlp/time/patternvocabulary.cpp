#include "patternvocabulary.h"

#include "calendarwords.h"

namespace al {

namespace {

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

// The value of a class entry written without one: for a class that fills the month, weekday or
// season slot, the calendar's number (or season code) of the word ("sept." 9, "mon." 1, "fall"
// FA); else the word itself.
QString calendarValue(const QString &slot, const QString &word)
{
    QString w = word;
    if (w.endsWith(QLatin1Char('.')))
        w.chop(1);
    const QString english = QStringLiteral("en");
    if (slot == QLatin1String("month") && CalendarWords::month(w, english))
        return QString::number(CalendarWords::month(w, english));
    if (slot == QLatin1String("weekday") && CalendarWords::weekday(w, english))
        return QString::number(CalendarWords::weekday(w, english));
    if (slot == QLatin1String("season") && !CalendarWords::season(w).isEmpty())
        return CalendarWords::season(w);
    return word;
}

} // namespace

PatternVocabulary::PatternVocabulary()
{
    m_numberValue << -1;
    m_ordinalValue << -1;
    m_cueIndex << -1; // id 0: a word no pattern knows
    for (auto it = numberWords().cbegin(); it != numberWords().cend(); ++it)
        m_numberValue[intern(it.key())] = it.value();
    for (auto it = ordinalWords().cbegin(); it != ordinalWords().cend(); ++it)
        m_ordinalValue[intern(it.key())] = it.value();
}

int PatternVocabulary::intern(const QString &word)
{
    const auto it = m_vocabulary.constFind(word);
    if (it != m_vocabulary.cend())
        return it.value();
    const int id = m_numberValue.size();
    m_vocabulary.insert(word, id);
    m_numberValue << -1;
    m_ordinalValue << -1;
    m_cueIndex << -1;
    return id;
}

int PatternVocabulary::idOf(const QString &lower) const
{
    return m_vocabulary.value(lower, 0);
}

void PatternVocabulary::addClass(const QStringList &tokens, int line, QStringList &problems)
{
    if (tokens.size() < 2) {
        problems << QStringLiteral("line %1: class without a name").arg(line);
        return;
    }
    // class NAME:slot
    const QString name = tokens.at(1).section(QLatin1Char(':'), 0, 0);
    const QString slot = tokens.at(1).section(QLatin1Char(':'), 1);
    const QString fills = slot.isEmpty() ? name : slot;
    PatternWordClass cls;
    for (int i = 2; i < tokens.size(); ++i) {
        const QString &entry = tokens.at(i);
        if (entry.startsWith(QLatin1Char('#')))
            break; // a trailing comment
        if (entry.startsWith(QLatin1Char('@'))) {
            const int other = m_classIndex.value(entry.mid(1), -1);
            if (other < 0)
                problems << QStringLiteral("line %1: unknown class %2").arg(line).arg(entry);
            else
                cls.insert(m_classes.at(other));
            continue;
        }
        const int eq = entry.indexOf(QLatin1Char('='));
        QString word = (eq < 0 ? entry : entry.left(eq)).toLower();
        PatternClassEntry ce;
        if (word.startsWith(QLatin1Char('^'))) {
            ce.needsCapital = true;
            word.remove(0, 1);
        }
        ce.value = eq < 0 ? calendarValue(fills, word) : entry.mid(eq + 1);
        cls.insert(intern(word), ce);
    }
    m_classIndex.insert(name, m_classes.size());
    m_classSlots << fills;
    m_classes << cls;
}

void PatternVocabulary::addCue(const QString &category, const QString &lowerWord)
{
    int index = m_cueNames.indexOf(category);
    if (index < 0) {
        index = m_cueNames.size();
        m_cueNames << category;
    }
    m_cueIndex[intern(lowerWord)] = index;
}

QString PatternVocabulary::cueOf(int id) const
{
    const int category = m_cueIndex.value(id, -1);
    return category < 0 ? QString() : m_cueNames.at(category);
}

} // namespace al
