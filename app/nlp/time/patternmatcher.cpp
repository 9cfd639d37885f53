#include "patternmatcher.h"

#include <algorithm>
#include <cmath>

namespace al {

namespace {

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

} // namespace

struct PatternMatcher::State
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

struct PatternMatcher::Candidate
{
    int first;
    int last;
    int rule;
    QVector<TemporalPatterns::Slot> slots;
};

PatternMatcher::PatternMatcher(const PatternVocabulary &vocabulary, const PatternRules &rules)
    : m_vocabulary(vocabulary), m_rules(rules)
{}

QVector<TemporalPatterns::Match> PatternMatcher::match(const QVector<Word> &words) const
{
    QVector<Candidate> found = candidates(words);
    return select(words, found);
}

QVector<PatternMatcher::Candidate> PatternMatcher::candidates(const QVector<Word> &words) const
{
    QVector<Candidate> candidates;
    const int n = words.size();
    QVector<int> stamp(m_rules.rules().size(), -1);
    QVarLengthArray<int, 4> keys;
    QVarLengthArray<int, 32> ruleList;
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
        wordKeys(words.at(i), keys);
        ruleList.clear();
        for (int k : keys) {
            const QVector<int> *rules = m_rules.startingWith(k);
            if (!rules)
                continue;
            for (int r : *rules) {
                if (stamp[r] == i)
                    continue;
                stamp[r] = i;
                ruleList.append(r);
            }
        }
        std::sort(ruleList.begin(), ruleList.end());
        for (int r : ruleList) {
            State st{words, sentenceEnd, i};
            matchElements(m_rules.rule(r).elements, 0, i, st, [&](int after) {
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
    return candidates;
}

QVector<TemporalPatterns::Match> PatternMatcher::select(const QVector<Word> &words,
                                                        QVector<Candidate> &candidates) const
{
    // Leftmost, then longest (by characters), then the more specific rule, then the earlier one.
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
        if (a.first != b.first)
            return a.first < b.first;
        const int la = words.at(a.last).end - words.at(a.first).start;
        const int lb = words.at(b.last).end - words.at(b.first).start;
        if (la != lb)
            return la > lb;
        const int wa = m_rules.rule(a.rule).rule.weight;
        const int wb = m_rules.rule(b.rule).rule.weight;
        if (wa != wb)
            return wa > wb;
        return a.rule < b.rule;
    });
    QVector<TemporalPatterns::Match> out;
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
                m_rules.rule(other.rule).rule.type != QLatin1String("NONE")) {
                beaten = true;
                break;
            }
        }
        if (beaten)
            continue;
        taken = cand.last;
        if (m_rules.rule(cand.rule).rule.type == QLatin1String("NONE"))
            continue;
        TemporalPatterns::Match m;
        m.first = cand.first;
        m.last = cand.last;
        m.rule = &m_rules.rule(cand.rule).rule;
        m.slots = cand.slots;
        out << m;
    }
    return out;
}

// Recursive matcher with continuations, so optional elements and groups backtrack.
void PatternMatcher::matchElements(const QVector<PatternElement> &list, int ei, int wi, State &st,
                                   const std::function<void(int)> &done) const
{
    if (ei == list.size()) {
        done(wi);
        return;
    }
    const PatternElement &e = list.at(ei);
    if (e.kind == PatternElement::SpanOpen || e.kind == PatternElement::SpanClose) {
        int &mark = e.kind == PatternElement::SpanOpen ? st.spanFirst : st.spanEnd;
        const int saved = mark;
        int at = wi;
        if (e.kind == PatternElement::SpanOpen && at < st.limit && st.w.at(at).glue)
            ++at;
        mark = at;
        matchElements(list, ei + 1, wi, st, done);
        mark = saved;
        return;
    }
    if (e.optional) {
        // Without the element first is not needed for correctness; all paths are explored.
        matchElements(list, ei + 1, wi, st, done);
    }
    int at = wi;
    const bool literalDash = e.dash;
    if (at > st.start && at < st.limit && st.w.at(at).glue && !literalDash)
        ++at;
    if (at >= st.limit)
        return;
    const Word &word = st.w.at(at);
    switch (e.kind) {
    case PatternElement::Literal:
        if ((e.any || e.ids.contains(word.id)) && (!e.needsCapital || word.capitalized))
            matchElements(list, ei + 1, at + 1, st, done);
        return;
    case PatternElement::Class: {
        const PatternWordClass &cls = m_vocabulary.wordClass(e.cls);
        const auto it = cls.constFind(word.id);
        if (it == cls.cend() || (it->needsCapital && !word.capitalized))
            return;
        st.slots.append({e.slot, it->value});
        matchElements(list, ei + 1, at + 1, st, done);
        st.slots.removeLast();
        return;
    }
    case PatternElement::BuiltinKind: {
        QString value;
        const int used = builtinAt(e.builtin, st.w, at, st.limit, &value);
        if (!used)
            return;
        st.slots.append({e.slot, value});
        matchElements(list, ei + 1, at + used, st, done);
        st.slots.removeLast();
        return;
    }
    case PatternElement::Group:
        matchElements(e.children, 0, at, st,
                      [&](int after) { matchElements(list, ei + 1, after, st, done); });
        return;
    default: return;
    }
}

void PatternMatcher::wordKeys(const Word &w, QVarLengthArray<int, 4> &keys) const
{
    if (w.id > 0)
        keys.append(w.id);
    if (m_rules.hasAnyRule())
        keys.append(PatternKey::Any);
    if (!w.lower.isEmpty() &&
        (w.lower.at(0).isDigit() || (w.lower.size() > 1 && w.lower.at(0) == QLatin1Char('\''))))
        keys.append(PatternKey::Digits);
    if (w.id == 0 && w.capitalized)
        keys.append(PatternKey::Name);
    if (w.numberWord >= 0)
        keys.append(PatternKey::NumberWord);
    else if (w.ordinalWord >= 0)
        keys.append(PatternKey::OrdinalWord);
}

int PatternMatcher::numberAt(const QVector<Word> &w, int i, int limit, double *value)
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

int PatternMatcher::ordinalAt(const QVector<Word> &w, int i, int limit, int *value)
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

int PatternMatcher::yearWordsAt(const QVector<Word> &w, int i, int limit, int *value)
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

// A number as QString::number(v, 'g', 12) writes it. Whole numbers below 10^12 (nearly every
// number in a text) read the same as integers, which are much cheaper to write: the shortest
// decimal form of a double was a tenth of the dates' time on a long text.
QString PatternMatcher::numberText(double v)
{
    if (!std::signbit(v) && v < 1e12 && v == double(qint64(v))) // a NaN fails v < 1e12
        return QString::number(qint64(v));
    return QString::number(v, 'g', 12);
}

int PatternMatcher::builtinAt(PatternBuiltin b, const QVector<Word> &w, int i, int limit, QString *value)
{
    if (i >= limit)
        return 0;
    const Word &word = w.at(i);
    const bool digits = allDigits(word.lower);
    switch (b) {
    case PatternBuiltin::Int:
        if (digits) {
            *value = word.lower;
            return 1;
        }
        return 0;
    case PatternBuiltin::Num: {
        double v = 0;
        const int used = numberAt(w, i, limit, &v);
        if (used)
            *value = numberText(v);
        return used;
    }
    case PatternBuiltin::Year: {
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
    case PatternBuiltin::YY:
        // '89 (the tokenizer keeps the apostrophe with the digits)
        if (word.lower.size() == 3 && word.lower.at(0) == QLatin1Char('\'') &&
            allDigits(QStringView(word.lower).mid(1))) {
            *value = word.lower.mid(1);
            return 1;
        }
        return 0;
    case PatternBuiltin::Day: {
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
    case PatternBuiltin::Ord: {
        int v = 0;
        const int used = ordinalAt(w, i, limit, &v);
        if (used)
            *value = QString::number(v);
        return used;
    }
    case PatternBuiltin::Decade:
    case PatternBuiltin::Time:
    case PatternBuiltin::Hms: return shapeAt(b, word, value);
    case PatternBuiltin::Name: {
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
    case PatternBuiltin::None: break;
    }
    return 0;
}

// The builtins that read one word by its shape: a decade, a clock time.
int PatternMatcher::shapeAt(PatternBuiltin b, const Word &word, QString *value)
{
    switch (b) {
    case PatternBuiltin::Decade: {
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
    case PatternBuiltin::Time: {
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
    case PatternBuiltin::Hms: {
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
    default: break;
    }
    return 0;
}

} // namespace al
