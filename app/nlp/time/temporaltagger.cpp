#include "temporaltagger.h"

#include "temporalnormalizer.h"
#include "timevalue.h"

#include <QSet>

namespace al {

namespace {

using Tense = TemporalNormalizer::Tense;
using Word = TemporalPatterns::Word;

bool allLetters(const QString &s)
{
    for (QChar c : s)
        if (!c.isLetter())
            return false;
    return true;
}

// A verb just after "to", a modal, "do"/"did", "not" or "be" is an infinitive or a participle:
// it has no tense of its own, and the clause's auxiliary decides ("did not take effect",
// "was due to expire", "will set").
bool afterAuxiliary(const QVector<Word> &words, int j)
{
    static const QSet<QString> auxiliaries = {
        QStringLiteral("to"),     QStringLiteral("will"),  QStringLiteral("would"), QStringLiteral("can"),
        QStringLiteral("could"),  QStringLiteral("may"),   QStringLiteral("might"), QStringLiteral("must"),
        QStringLiteral("should"), QStringLiteral("shall"), QStringLiteral("ll"),    QStringLiteral("not"),
        QStringLiteral("never"),  QStringLiteral("n't"),   QStringLiteral("do"),    QStringLiteral("does"),
        QStringLiteral("did"),    QStringLiteral("didn"),  QStringLiteral("be"),    QStringLiteral("being")};
    return j > 0 && auxiliaries.contains(words.at(j - 1).lower);
}

Tense cueAt(const TemporalPatterns &p, const QVector<Word> &words, int j)
{
    const QString &w = words.at(j).lower;
    const QString cue = p.cueOf(words.at(j));
    if (cue == QLatin1String("future"))
        return Tense::Future;
    if (cue == QLatin1String("past")) {
        // "would be paid in January": a participle after "be" has no tense of its own
        if (j > 0 &&
            (words.at(j - 1).lower == QLatin1String("be") || words.at(j - 1).lower == QLatin1String("being")))
            return Tense::Unknown;
        return Tense::Past;
    }
    const bool toFollows = j + 1 < words.size() && words.at(j + 1).lower == QLatin1String("to");
    if (toFollows && (w == QLatin1String("is") || w == QLatin1String("are") || w == QLatin1String("was") ||
                      w == QLatin1String("were")))
        return Tense::Future; // "is to resume trading Tuesday"
    auto pastOfBeOrHave = [&](int k) {
        if (k < 0)
            return false;
        const QString &b = words.at(k).lower;
        return b == QLatin1String("was") || b == QLatin1String("were") || b == QLatin1String("had") ||
               b == QLatin1String("been");
    };
    if (cue == QLatin1String("pastbase")) {
        // "set", "cut", "hit": the past form is the base form. "set to resume Monday" is a plan;
        // after "to" or a modal the word is an infinitive with no tense of its own.
        if (toFollows && w == QLatin1String("set"))
            return Tense::Future;
        if (afterAuxiliary(words, j))
            return Tense::Unknown;
        return Tense::Past;
    }
    if (cue == QLatin1String("futuredue")) {
        // "had cancelled a planned visit": after a determiner the word is an adjective and the
        // clause's verb decides.
        static const QSet<QString> determiners = {
            QStringLiteral("a"),    QStringLiteral("an"),  QStringLiteral("the"),   QStringLiteral("its"),
            QStringLiteral("his"),  QStringLiteral("her"), QStringLiteral("their"), QStringLiteral("our"),
            QStringLiteral("this"), QStringLiteral("that")};
        if (j > 0 && determiners.contains(words.at(j - 1).lower))
            return Tense::Unknown;
        return pastOfBeOrHave(j - 1) || pastOfBeOrHave(j - 2) ? Tense::Past : Tense::Future;
    }
    if (cue == QLatin1String("futureto")) {
        if (toFollows)
            return Tense::Future;
        // "expects the second half to be stronger": the object, then "to" and a verb.
        static const QSet<QString> notVerb = {
            QStringLiteral("the"),   QStringLiteral("a"),   QStringLiteral("an"),
            QStringLiteral("his"),   QStringLiteral("her"), QStringLiteral("its"),
            QStringLiteral("their"), QStringLiteral("our"), QStringLiteral("this")};
        const int sentence = words.at(j).sentence;
        for (int k = j + 2; k + 1 < words.size() && k <= j + 8 && words.at(k).sentence == sentence; ++k) {
            const QString &x = words.at(k).lower;
            if (x == QLatin1String(",") || x == QLatin1String(";") || x == QLatin1String("that"))
                break;
            if (x == QLatin1String("to")) {
                const QString &verb = words.at(k + 1).lower;
                return !verb.isEmpty() && allLetters(verb) && !notVerb.contains(verb) &&
                               !words.at(k + 1).capitalized
                           ? Tense::Future
                           : Tense::Unknown;
            }
        }
        return Tense::Unknown;
    }
    if (cue == QLatin1String("futurepresent")) {
        // "the rule takes effect in June", "trading resumes Monday": an event in the present
        // tense is one on the schedule. After "did", "not", "to" or a modal the verb has no
        // tense of its own ("did not take effect in January", "was due to expire Friday").
        if (afterAuxiliary(words, j))
            return Tense::Unknown;
        return Tense::Future;
    }
    if (cue == QLatin1String("present"))
        return Tense::Present;
    if (cue == QLatin1String("notpast"))
        return Tense::Unknown;
    // Regular past tense and participles; "has cancelled" is as past as "cancelled".
    if (w.size() >= 5 && w.endsWith(QLatin1String("ed")) && allLetters(w)) {
        // "must be returned by Jan. 14": a passive after "be" has no tense of its own
        // and after a determiner or an adverb it is an adjective ("a still unspecified date")
        static const QSet<QString> notVerb = {
            QStringLiteral("be"),       QStringLiteral("being"), QStringLiteral("a"),
            QStringLiteral("an"),       QStringLiteral("the"),   QStringLiteral("still"),
            QStringLiteral("very"),     QStringLiteral("its"),   QStringLiteral("their"),
            QStringLiteral("his"),      QStringLiteral("her"),   QStringLiteral("our"),
            QStringLiteral("more"),     QStringLiteral("most"),  QStringLiteral("newly"),
            QStringLiteral("this"),     QStringLiteral("these"), QStringLiteral("those"),
            QStringLiteral("so-called")};
        if (j > 0 && notVerb.contains(words.at(j - 1).lower))
            return Tense::Unknown;
        return Tense::Past;
    }
    return Tense::Unknown;
}

// A deadline moved or granted "until" or "through" a day ("postponed until Tuesday", "gave them
// until 9 a.m. Friday", "extended the loans through January") lies after the decision, whatever
// the tense of the verb that reports it.
bool isDeadline(const QVector<Word> &words, int first)
{
    if (first < 1)
        return false;
    const QString &before = words.at(first - 1).lower;
    if (before != QLatin1String("until") && before != QLatin1String("till") &&
        before != QLatin1String("through"))
        return false;
    static const QSet<QString> verbs = {
        QStringLiteral("postponed"), QStringLiteral("delayed"),  QStringLiteral("extended"),
        QStringLiteral("adjourned"), QStringLiteral("deferred"), QStringLiteral("given"),
        QStringLiteral("granted"),   QStringLiteral("gave"),     QStringLiteral("suspended"),
        QStringLiteral("pushed"),    QStringLiteral("moved")};
    // The verb may be a long object away ("extended the company up to $90 million in loans
    // through January"), but in the same clause.
    const int sentence = words.at(first).sentence;
    for (int j = first - 2; j >= 0 && j >= first - 12 && words.at(j).sentence == sentence; --j) {
        const QString &w = words.at(j).lower;
        if (verbs.contains(w))
            return true;
        if (w == QLatin1String(",") || w == QLatin1String(";") || w == QLatin1String(":"))
            break;
    }
    return false;
}

// The tense of the clause an expression sits in: the nearest cue before it in its sentence,
// else the nearest after it.
// `cue` is set to the word that decided, -1 when none did.
Tense tenseAround(const TemporalPatterns &p, const QVector<Word> &words, int first, int last, int *cue)
{
    *cue = -1;
    if (isDeadline(words, first))
        return Tense::Future;
    const int sentence = words.at(first).sentence;
    for (int j = first - 1; j >= 0 && words.at(j).sentence == sentence; --j) {
        const Tense t = cueAt(p, words, j);
        if (t != Tense::Unknown) {
            *cue = j;
            return t;
        }
    }
    for (int j = last + 1; j < words.size() && words.at(j).sentence == sentence; ++j) {
        const Tense t = cueAt(p, words, j);
        if (t != Tense::Unknown) {
            *cue = j;
            return t;
        }
    }
    return Tense::Unknown;
}

// "had cancelled", "had abruptly cancelled", "had been cancelled": the cue's "had" within
// two words before it.
bool pastPerfectAt(const QVector<Word> &words, int cue)
{
    for (int k = cue - 1; k >= 0 && k >= cue - 2; --k)
        if (words.at(k).lower == QLatin1String("had") && words.at(k).sentence == words.at(cue).sentence)
            return true;
    return false;
}

} // namespace

TemporalTagger::TemporalTagger() = default;

TemporalTagger::TemporalTagger(std::shared_ptr<const TemporalPatterns> patterns)
    : m_patterns(std::move(patterns))
{}

const TemporalPatterns &TemporalTagger::patterns() const
{
    return m_patterns ? *m_patterns : TemporalPatterns::shared();
}

QVector<Timex> TemporalTagger::run(const QString &text, const QVector<Token> &tokens,
                                   const QVector<Sentence> &sentences, const QDate &dct) const
{
    Q_UNUSED(tokens) // the patterns tokenize for themselves; see TemporalPatterns
    const TemporalPatterns &p = patterns();
    QVector<int> starts;
    starts.reserve(sentences.size());
    for (const Sentence &s : sentences)
        starts << s.start;
    const QVector<Word> words = p.words(text, starts);
    const QVector<TemporalPatterns::Match> matches = p.match(words);

    // Sentences that speak of an era ("in the internet age", "nowadays"): a "today" in them is
    // the present in general, not the article's day.
    QSet<int> genericSentences;
    for (const TemporalPatterns::Match &m : matches)
        if (m.rule->type == QLatin1String("GENERIC") || m.rule->args.contains(QStringLiteral("era")))
            genericSentences.insert(words.at(m.first).sentence);

    QVector<Timex> out;
    out.reserve(matches.size());
    TemporalNormalizer::Context context;
    context.dct = dct;
    context.monthAhead = int(p.parameter(QStringLiteral("monthahead"), context.monthAhead));
    context.tenseWinsDays = int(p.parameter(QStringLiteral("tensewins"), context.tenseWinsDays));
    int previousEnd = -1; // word index after the last emitted expression
    for (const TemporalPatterns::Match &m : matches) {
        if (m.rule->type == QLatin1String("GENERIC"))
            continue;
        QString prefixMod;
        int prefix = p.prefixBefore(words, m.first, &prefixMod);
        if (m.first - prefix < previousEnd)
            prefix = 0;
        int cue = -1;
        context.tense = tenseAround(p, words, m.first - prefix, m.last, &cue);
        context.pastPerfect = context.tense == Tense::Past && cue >= 0 && pastPerfectAt(words, cue);
        if (context.tense == Tense::Past && m.rule->args.contains(QStringLiteral("unlesspast")))
            continue; // "soon became": shortly after a past event, no time of its own
        TimeValue value = TemporalNormalizer::normalize(m, context);
        if (!value.isValid())
            continue;
        if (genericSentences.contains(words.at(m.first).sentence)) {
            for (const QString &arg : m.rule->args)
                if (arg.startsWith(QLatin1String("generic=")))
                    value = TimeValue::parse(arg.mid(8));
        }
        Timex t;
        t.start = words.at(m.first - prefix).start;
        t.end = words.at(m.last).end;
        t.text = text.mid(t.start, t.end - t.start);
        t.type = m.rule->type;
        t.value = value.toString();
        t.mod = m.rule->mod.isEmpty() ? prefixMod : m.rule->mod;
        if ((t.type == QLatin1String("DATE") || t.type == QLatin1String("TIME")) && value.isAnchored()) {
            t.begin = value.begin().toString(Qt::ISODate);
            t.endDate = value.end().toString(Qt::ISODate);
            if (!m.rule->args.contains(QStringLiteral("ref=no"))) {
                if (!context.topic.isAnchored() && value.granularity() == TimeValue::Granularity::Quarter &&
                    dct.isValid() && value.begin() <= dct)
                    context.topic = value;
                context.reference = value;
                if (value.granularity() >= TimeValue::Granularity::Day)
                    context.dayReference = value;
            }
        } else if (value.kind() == TimeValue::Kind::Duration && context.reference.isAnchored() &&
                   context.reference.granularity() == TimeValue::Granularity::Quarter) {
            // "the first nine months ... a year earlier": the text now discusses the year
            context.reference = context.reference.truncated(TimeValue::Granularity::Year);
        }
        previousEnd = m.last + 1;
        out << t;
    }
    return out;
}

} // namespace al
