#include "eventsentence.h"

#include <algorithm>

namespace al {

namespace {

QString plain(const QString &s)
{
    QString l = s.toLower();
    l.replace(QChar(0x2019), QLatin1Char('\''));
    return l;
}
} // namespace

EventSentence::EventSentence(const Analysis &analysis, const EventLexicon &lexicon)
    : m_a(analysis), m_lex(lexicon)
{
    assignTokens();
    // Analysis::actor() reads the list from the start: every participant's name would be a pass
    // over thousands of actors. The first actor of an id wins, as there.
    m_actorIndex.reserve(m_a.actors.size());
    for (qsizetype i = m_a.actors.size() - 1; i >= 0; --i)
        m_actorIndex.insert(m_a.actors.at(i).id, int(i));
}

bool EventSentence::read(int s)
{
    m_sentence = s;
    buildWords(s);
    if (m_w.isEmpty())
        return false;
    markAppositions();
    markTitleRuns();
    return true;
}

// Which entity and which timex each token belongs to, for the whole text at once: a token
// belongs to the last span (in list order) that covers it, and a date word inside a name is the
// name's ("January Makamba" is a person). Spans are found by binary search over the tokens, so
// this costs the length of the text, not sentences times spans.
void EventSentence::assignTokens()
{
    const QVector<Token> &tokens = m_a.tokens;
    const int n = int(tokens.size());
    m_tokenEntity.fill(-1, n);
    m_tokenTimex.fill(-1, n);
    QVector<int> sentenceOf(n, -1);
    for (int s = 0; s < m_a.sentences.size(); ++s) {
        const Sentence &sent = m_a.sentences.at(s);
        for (int t = sent.firstToken; t < sent.firstToken + sent.tokenCount && t < n; ++t)
            sentenceOf[t] = s;
    }
    // The tokens [first, last) inside [start, end): tokens are in text order and do not overlap.
    auto covered = [&](int start, int end) {
        const auto from = std::lower_bound(tokens.cbegin(), tokens.cend(), start,
                                           [](const Token &t, int offset) { return t.start < offset; });
        int first = int(from - tokens.cbegin()), last = first;
        while (last < n && tokens.at(last).end <= end)
            ++last;
        return std::make_pair(first, last);
    };
    for (int e = 0; e < m_a.entities.size(); ++e) {
        const auto [first, last] = covered(m_a.entities.at(e).start, m_a.entities.at(e).end);
        for (int t = first; t < last; ++t)
            m_tokenEntity[t] = e;
    }
    for (int x = 0; x < m_a.timexes.size(); ++x) {
        const auto [first, last] = covered(m_a.timexes.at(x).start, m_a.timexes.at(x).end);
        // A name wins over a date word inside it, sentence by sentence.
        for (int from = first; from < last;) {
            int to = from;
            bool named = false;
            while (to < last && sentenceOf[to] == sentenceOf[from]) {
                named = named || m_tokenEntity[to] >= 0;
                ++to;
            }
            for (int t = from; t < to && !named; ++t)
                if (sentenceOf[t] >= 0)
                    m_tokenTimex[t] = x;
            from = to;
        }
    }
}

void EventSentence::buildWords(int s)
{
    const Sentence &sent = m_a.sentences.at(s);
    m_w.clear();
    m_w.reserve(sent.tokenCount);
    for (int t = sent.firstToken; t < sent.firstToken + sent.tokenCount && t < m_a.tokens.size(); ++t) {
        const Token &tok = m_a.tokens.at(t);
        EventWord &w = m_w.emplace_back();
        w.start = tok.start;
        w.end = tok.end;
        // Words recur: a form is copied, lowered and stemmed once per text, and its tokens share
        // the strings. Every part asks about a word's lists and lemma.
        const QStringView text = QStringView(m_a.text).mid(tok.start, tok.length());
        auto form = m_forms.constFind(text);
        if (form == m_forms.cend()) {
            Form f;
            f.text = text.toString();
            f.lower = plain(f.text);
            f.lists = m_lex.read(f.lower, &f.lemma);
            form = m_forms.insert(text, f);
        }
        w.text = form->text;
        w.lower = form->lower;
        w.lemma = form->lemma;
        w.lists = form->lists;
        w.pos = tok.pos;
        w.entity = m_tokenEntity.at(t);
        w.timex = m_tokenTimex.at(t);
    }
    m_apposition.fill(false, m_w.size());
    m_modifier.fill(false, m_w.size());
}

// ", the top official for Asia," after a name, or ", China's top diplomat." at the end: a noun
// phrase between commas with no verb that renames what precedes it. Its names are no
// participants and it is left out of labels. A name alone between commas after a common noun
// ("the top trade official, Katherine Tai,") is the other way round: the name stays and the
// noun phrase before it goes.
void EventSentence::markAppositions()
{
    const int n = m_w.size();
    for (int i = 1; i < n; ++i) {
        if (!m_w[i].isComma() || m_apposition[i])
            continue;
        const EventWord &prev = m_w[i - 1];
        if (!(prev.entity >= 0 || prev.isNoun()))
            continue;
        int j = i + 1;
        bool ok = j < n;
        bool hasNoun = false;
        while (j < n && !m_w[j].isComma() &&
               !(m_w[j].isPunct() && !m_w[j].isQuote() && m_w[j].text != QLatin1String("-"))) {
            const EventWord &w = m_w[j];
            if (w.isVerb() || w.pos == QLatin1String("WDT") || w.pos == QLatin1String("WP") ||
                w.pos == QLatin1String("MD") || w.lower == QLatin1String("that") ||
                w.in(EventLexicon::Subordinate))
                ok = false;
            if (w.isNoun() || w.entity >= 0)
                hasNoun = true;
            ++j;
        }
        if (!ok || !hasNoun || j - i - 1 > 15)
            continue;
        const EventWord &first = m_w[i + 1];
        if (first.pos == QLatin1String("CC") || first.pos == QLatin1String("IN") ||
            first.pos == QLatin1String("TO") || first.isVerb() || first.timex >= 0)
            continue;
        const bool closed = j < n && m_w[j].isComma();
        const bool atEnd = j >= n || (m_w[j].isPunct() && !m_w[j].isComma());
        if (!closed && !atEnd)
            continue;
        // A lone name after a common noun: the name is the referent.
        bool loneName =
            m_w[i + 1].entity >= 0 && m_a.entities.at(m_w[i + 1].entity).type == QLatin1String("PERSON");
        for (int k = i + 1; k < j && loneName; ++k)
            loneName = m_w[k].entity == m_w[i + 1].entity;
        if (loneName && prev.entity < 0) {
            int k = i - 1;
            while (k >= 0 &&
                   (m_w[k].isNoun() || m_w[k].pos == QLatin1String("JJ") ||
                    m_w[k].pos == QLatin1String("JJS") || m_w[k].pos == QLatin1String("DT") ||
                    m_w[k].pos == QLatin1String("PRP$") || m_w[k].pos == QLatin1String("POS") ||
                    m_w[k].entity >= 0 || m_w[k].lower == QLatin1String("of")) &&
                   !m_w[k].isVerb()) {
                m_modifier[k] = true;
                if (m_w[k].pos == QLatin1String("DT") || m_w[k].pos == QLatin1String("PRP$"))
                    break;
                --k;
            }
            m_apposition[i] = true;
            if (closed)
                m_apposition[j] = true;
            continue;
        }
        for (int k = i; k < j; ++k)
            m_apposition[k] = true;
        if (closed)
            m_apposition[j] = true;
        i = j - 1;
    }
}

// "US secretary of state Antony Blinken", "his US counterpart Lloyd Austin": the words before a
// person's name that give a title or an affiliation. The name is the participant.
void EventSentence::markTitleRuns()
{
    const int n = m_w.size();
    for (int i = 0; i < n; ++i) {
        const int e = m_w[i].entity;
        if (e < 0 || m_a.entities.at(e).type != QLatin1String("PERSON") || (i > 0 && m_w[i - 1].entity == e))
            continue;
        int k = i - 1;
        bool noun = false;
        while (k >= 0) {
            const EventWord &w = m_w[k];
            if (w.entity >= 0 && m_a.entities.at(w.entity).type == QLatin1String("PERSON"))
                break;
            if (m_apposition[k] || w.timex >= 0)
                break;
            const bool titleWord = w.isNoun() || w.pos == QLatin1String("JJ") ||
                                   w.pos == QLatin1String("JJS") || w.pos == QLatin1String("POS") ||
                                   w.pos == QLatin1String("CD") || w.lower == QLatin1String("of") ||
                                   w.entity >= 0;
            const bool determiner = w.pos == QLatin1String("DT") || w.pos == QLatin1String("PRP$");
            if (!titleWord && !determiner)
                break;
            if (w.isNoun())
                noun = true;
            --k;
            if (determiner)
                break;
        }
        if (!noun)
            continue;
        for (int j = k + 1; j < i; ++j)
            m_modifier[j] = true;
    }
}

bool EventSentence::finiteAhead(int from) const
{
    for (int j = from; j < m_w.size(); ++j) {
        const EventWord &w = m_w[j];
        if (w.isPunct() && !w.isQuote() && !m_apposition[j])
            return false;
        if (j > from && (w.in(EventLexicon::Subordinate) || w.pos == QLatin1String("WDT") ||
                         (w.lower == QLatin1String("that") && w.pos == QLatin1String("IN"))))
            return false;
        if (w.isFinite())
            return true;
        // A past tense the tagger took for a participle: "Helen Marsh, offered talks".
        if (w.pos == QLatin1String("VBN") && j > from) {
            int k = j - 1;
            while (k > from && m_apposition[k])
                --k;
            if (m_w[k].isNoun() || m_w[k].entity >= 0)
                return true;
        }
    }
    return false;
}

bool EventSentence::isAux(int i, int to) const
{
    const EventWord &w = m_w[i];
    if (w.pos == QLatin1String("MD"))
        return true;
    const QString &l = w.lemma;
    if (l != QLatin1String("be") && l != QLatin1String("have") && l != QLatin1String("do"))
        return false;
    for (int j = i + 1; j < to && j <= i + 4; ++j) {
        const EventWord &x = m_w[j];
        if (x.isVerb())
            return true;
        if (x.pos == QLatin1String("RB") || x.in(EventLexicon::Negation) || x.timex >= 0)
            continue;
        return false;
    }
    return false;
}

// The closing comma of an apposition that follows a name and runs up to the verb group
// ("Slepian, 52, an obstetrician, | was shot", "Albright, after a long flight, | is"), or -1.
int EventSentence::appositionEnd(int comma, int vgStart) const
{
    if (comma < 1 || comma + 2 >= vgStart || !m_w[vgStart - 1].isComma())
        return -1;
    const EventWord &name = m_w[comma - 1];
    if (name.timex >= 0 || (name.entity < 0 && name.pos != QLatin1String("NNP")))
        return -1;
    for (int k = comma + 1; k < vgStart - 1; ++k) {
        const EventWord &w = m_w[k];
        if (w.isFinite() || w.pos == QLatin1String("VB") || w.isQuote() || w.lower == QLatin1String("who") ||
            w.lower == QLatin1String("which"))
            return -1;
    }
    return vgStart - 1;
}

int EventSentence::prepositionBefore(int i) const
{
    int k = i - 1;
    while (k >= 0 &&
           (m_w[k].isNoun() || m_w[k].pos == QLatin1String("JJ") || m_w[k].pos == QLatin1String("DT") ||
            m_w[k].pos == QLatin1String("PRP$") || m_w[k].pos == QLatin1String("POS") ||
            m_w[k].pos == QLatin1String("CD") || m_w[k].entity >= 0 || m_w[k].pos == QLatin1String("CC")))
        --k;
    return k;
}

// Whether the word at i follows a locative preposition within its noun phrase ("in Vienna",
// "at the Apec meeting").
bool EventSentence::isLocative(int i) const
{
    const int k = prepositionBefore(i);
    return k >= 0 && m_w[k].in(EventLexicon::Locative);
}

bool EventSentence::isDefiniteNoun(int i) const
{
    int k = i - 1;
    while (k >= 0 &&
           (m_w[k].isNoun() || m_w[k].pos == QLatin1String("JJ") || m_w[k].pos == QLatin1String("POS") ||
            m_w[k].pos == QLatin1String("CD") || m_w[k].entity >= 0 || m_w[k].pos == QLatin1String("DT") ||
            m_w[k].pos == QLatin1String("PRP$"))) {
        if (m_w[k].pos == QLatin1String("POS") || m_w[k].pos == QLatin1String("PRP$"))
            return true;
        if (m_w[k].pos == QLatin1String("DT"))
            return m_w[k].in(EventLexicon::Definite);
        --k;
    }
    return false;
}

// The event noun heading the noun phrase that starts at `from` ("a secret trip", "two days of
// talks", "a telephone call between ..."), or -1.
int EventSentence::eventNounIn(int from, int to) const
{
    int found = -1;
    for (int j = from; j < to && j < from + 8; ++j) {
        const EventWord &w = m_w[j];
        if (w.isPunct() || w.isVerb() || (w.pos == QLatin1String("IN") && w.lower != QLatin1String("of")) ||
            w.pos == QLatin1String("TO") || w.timex >= 0)
            break;
        if (w.isNoun() && w.entity < 0 && w.in(EventLexicon::EventNoun))
            found = j;
    }
    return found;
}

// A date expression that can be an event's time: a DATE or TIME, not "since"/"until" a date.
bool EventSentence::dateTimex(int i) const
{
    const int x = m_w[i].timex;
    if (x < 0)
        return false;
    const Timex &t = m_a.timexes.at(x);
    if (t.type != QLatin1String("DATE") && t.type != QLatin1String("TIME"))
        return false;
    if (m_apposition[i])
        return false;
    int first = i;
    while (first > 0 && m_w[first - 1].timex == x)
        --first;
    if (first > 0 && m_w[first - 1].in(EventLexicon::NotDate))
        return false;
    return true;
}

// "Last month, ...", "On Monday, ...": a date at the head of the sentence governs all of it.
int EventSentence::frontedTimex() const
{
    for (int i = 0; i < m_w.size() && i < 3; ++i) {
        if (m_w[i].timex < 0)
            continue;
        if (!dateTimex(i))
            return -1;
        int j = i;
        while (j < m_w.size() && m_w[j].timex == m_w[i].timex)
            ++j;
        if (j < m_w.size() && m_w[j].isComma())
            return m_w[i].timex;
        if (i == 0)
            return m_w[i].timex;
        return -1;
    }
    return -1;
}

QString EventSentence::nameOf(int entity) const
{
    const Entity &e = m_a.entities.at(entity);
    if (!e.actor.isEmpty())
        if (const auto a = m_actorIndex.constFind(e.actor);
            a != m_actorIndex.cend() && !m_a.actors.at(*a).name.isEmpty())
            return m_a.actors.at(*a).name;
    return e.text;
}

QString EventSentence::participantKey(int entity) const
{
    const Entity &e = m_a.entities.at(entity);
    if (!e.actor.isEmpty())
        return e.actor;
    // Without actors, "Antony Blinken" and "Blinken" are one person by the last word of the name.
    const QStringList words = e.text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.isEmpty() ? e.id : words.last();
}

QString EventSentence::participantId(int entity) const
{
    const Entity &e = m_a.entities.at(entity);
    return e.actor.isEmpty() ? e.id : e.actor;
}

} // namespace al
