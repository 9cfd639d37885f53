#include "namerepair.h"

#include "featurehash.h"

#include <QSet>

#include <algorithm>
#include <unordered_map>

namespace al {

namespace {

const int kOrg = int(NerFeatures::typeNames().indexOf(QStringLiteral("ORG")));
const int kLoc = int(NerFeatures::typeNames().indexOf(QStringLiteral("LOC")));
const int kMisc = int(NerFeatures::typeNames().indexOf(QStringLiteral("MISC")));

bool capitalised(const WordFeatures &w)
{
    return w.has(WordFeatures::InitCap) || w.has(WordFeatures::AllCaps);
}

bool lowerCaseWord(const WordFeatures &w)
{
    return w.has(WordFeatures::HasLetter) && !capitalised(w);
}

// Region lists hold provinces called "Central" or "Coast": as one word these describe, not name.
bool genericPlaceWord(const WordFeatures &w)
{
    static const QSet<QString> words = {
        QStringLiteral("north"),     QStringLiteral("south"),    QStringLiteral("east"),
        QStringLiteral("west"),      QStringLiteral("northern"), QStringLiteral("southern"),
        QStringLiteral("eastern"),   QStringLiteral("western"),  QStringLiteral("central"),
        QStringLiteral("centre"),    QStringLiteral("center"),   QStringLiteral("middle"),
        QStringLiteral("upper"),     QStringLiteral("lower"),    QStringLiteral("coast"),
        QStringLiteral("bay"),       QStringLiteral("delta"),    QStringLiteral("valley"),
        QStringLiteral("highlands"), QStringLiteral("lakes")};
    return words.contains(w.lower);
}

// Words that end the name of a meeting or a contest as organisation words end an organisation's.
bool eventHeadWord(const WordFeatures &w)
{
    static const QSet<QString> words = {
        QStringLiteral("summit"),    QStringLiteral("conference"),   QStringLiteral("forum"),
        QStringLiteral("dialogue"),  QStringLiteral("dialog"),       QStringLiteral("games"),
        QStringLiteral("cup"),       QStringLiteral("championship"), QStringLiteral("championships"),
        QStringLiteral("festival"),  QStringLiteral("expo"),         QStringLiteral("convention"),
        QStringLiteral("symposium"), QStringLiteral("initiative")};
    return words.contains(w.lower);
}

} // namespace

NameRepair::NameRepair(const Gazetteer &gazetteer, const QStringList &posLabels, const ActorLexicon &lexicon)
    : m_gazetteer(gazetteer), m_lexicon(lexicon)
{
    for (const char *name : {"country", "capital", "city", "region"}) {
        const int l = gazetteer.listIndex(QLatin1String(name));
        if (l >= 0)
            m_placeLists.push_back(l);
    }
    m_orgWordList = gazetteer.listIndex(QStringLiteral("orgword"));
    m_worldBodyList = gazetteer.listIndex(QStringLiteral("worldbody"));
    m_nounOrAdjective.assign(posLabels.size(), false);
    m_preposition.assign(posLabels.size(), false);
    for (int k = 0; k < posLabels.size(); ++k) {
        const QString &p = posLabels[k];
        m_nounOrAdjective[k] =
            p == QLatin1String("NN") || p == QLatin1String("NNS") || p.startsWith(QLatin1String("JJ"));
        m_preposition[k] = p == QLatin1String("IN") || p == QLatin1String("TO");
    }
}

void NameRepair::write(std::vector<quint8> &labels, int first, int end, int type)
{
    if (end - first == 1) {
        labels[first] = quint8(NerFeatures::label(type, NerFeatures::U));
        return;
    }
    labels[first] = quint8(NerFeatures::label(type, NerFeatures::B));
    for (int i = first + 1; i < end - 1; ++i)
        labels[i] = quint8(NerFeatures::label(type, NerFeatures::I));
    labels[end - 1] = quint8(NerFeatures::label(type, NerFeatures::L));
}

int NameRepair::matchEnd(const NerDocument &doc, int first, int list) const
{
    if (list < 0)
        return -1;
    const auto p = Gazetteer::position(doc.gazetteer[first], list);
    if (p == Gazetteer::Unit)
        return first + 1;
    if (p != Gazetteer::Begin)
        return -1;
    for (int j = first + 1; j < doc.sentenceEnd[first]; ++j) {
        const auto q = Gazetteer::position(doc.gazetteer[j], list);
        if (q == Gazetteer::Last)
            return j + 1;
        if (q != Gazetteer::Inside)
            return -1;
    }
    return -1;
}

int NameRepair::matchStart(const NerDocument &doc, int last, int list) const
{
    if (list < 0)
        return -1;
    const auto p = Gazetteer::position(doc.gazetteer[last], list);
    if (p == Gazetteer::Unit)
        return last;
    if (p != Gazetteer::Last)
        return -1;
    for (int j = last - 1; j >= doc.sentenceBegin[last]; --j) {
        const auto q = Gazetteer::position(doc.gazetteer[j], list);
        if (q == Gazetteer::Begin)
            return j;
        if (q != Gazetteer::Inside)
            return -1;
    }
    return -1;
}

bool NameRepair::isEntry(const NerDocument &doc, int first, int end, int list) const
{
    if (list < 0 || end <= first || end - first > Gazetteer::kMaxEntryTokens)
        return false;
    if (matchEnd(doc, first, list) == end)
        return true;
    // The document's matches are the longest ones: a shorter entry inside needs its own look.
    quint64 bits[Gazetteer::kMaxEntryTokens];
    m_gazetteer.match(doc.words.data() + first, end - first, bits);
    const auto p = Gazetteer::position(bits[0], list);
    if (end - first == 1)
        return p == Gazetteer::Unit;
    return p == Gazetteer::Begin && Gazetteer::position(bits[end - first - 1], list) == Gazetteer::Last;
}

bool NameRepair::isPlace(const NerDocument &doc, int first, int end) const
{
    for (int l : m_placeLists)
        if (isEntry(doc, first, end, l))
            return true;
    return false;
}

bool NameRepair::isNounOrAdjective(const NerDocument &doc, int i) const
{
    const int p = doc.pos[i];
    return p < int(m_nounOrAdjective.size()) && m_nounOrAdjective[p];
}

bool NameRepair::isPreposition(const NerDocument &doc, int i) const
{
    const int p = doc.pos[i];
    return p < int(m_preposition.size()) && m_preposition[p];
}

QString NameRepair::countryOf(const NerDocument &doc, int first, int end) const
{
    QStringList words;
    for (int k = first; k < end; ++k)
        words << doc.words[k].text;
    const ActorLexicon::Place p = m_lexicon.place(words.join(QLatin1Char(' ')));
    return p.kind == ActorLexicon::PlaceKind::Country ? p.country : QString();
}

void NameRepair::apply(const NerDocument &doc, std::vector<quint8> &labels) const
{
    if (int(labels.size()) != doc.size() || doc.gazetteer.size() != labels.size())
        return;
    joinPlaceNames(doc, labels);
    splitTrailingPlace(doc, labels);
    retypeReportSources(doc, labels);
    dropOpeningVerbs(doc, labels);
}

void NameRepair::dropOpeningVerbs(const NerDocument &doc, std::vector<quint8> &labels) const
{
    // "Published 3 February 2024", "Updated Monday": the words that open a date line are
    // capitalised for their place, not for a name. (The POS tagger's past verbs would not do:
    // it reads "Lebed" and "JERUSALEM" as past tenses too.)
    static const QSet<QString> dateLineWords = {
        QStringLiteral("published"), QStringLiteral("posted"),   QStringLiteral("updated"),
        QStringLiteral("dated"),     QStringLiteral("released"), QStringLiteral("modified"),
        QStringLiteral("filed"),     QStringLiteral("revised"),  QStringLiteral("written")};
    for (const Span &s : NerFeatures::spans(doc, labels))
        if (s.end - s.first == 1 && (doc.flags[s.first] & NerDocument::SentenceInitial) &&
            dateLineWords.contains(doc.words[s.first].lower))
            labels[s.first] = 0;
}

void NameRepair::joinPlaceNames(const NerDocument &doc, std::vector<quint8> &labels) const
{
    struct Candidate
    {
        int first, end;
    };
    std::vector<Candidate> candidates;
    for (int l : m_placeLists)
        for (int i = 0; i < doc.size(); ++i)
            if (Gazetteer::position(doc.gazetteer[i], l) == Gazetteer::Begin) {
                const int e = matchEnd(doc, i, l);
                if (e > i + 1)
                    candidates.push_back({i, e});
            }
    if (candidates.empty())
        return;
    // The longest names first: "Democratic Republic of the Congo" before "Republic of the Congo".
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        return x.end - x.first > y.end - y.first;
    });
    std::vector<bool> joined(doc.size(), false);
    for (const Candidate &c : candidates) {
        if (!capitalised(doc.words[c.first]) || !capitalised(doc.words[c.end - 1]))
            continue;
        if (std::any_of(joined.begin() + c.first, joined.begin() + c.end, [](bool b) { return b; }))
            continue;
        // A candidate lies in one sentence and no name crosses a sentence: the names of its
        // sentence, read from the labels as they are now, are all that can touch it. (Reading
        // the whole document's after every join made a long text quadratic.)
        const std::vector<Span> current =
            NerFeatures::spans(doc, labels, doc.sentenceBegin[c.first], doc.sentenceEnd[c.first]);
        // Only names the recognizer saw as names, cut into pieces: every piece inside, one a place.
        bool inside = true, place = false;
        int pieces = 0;
        for (const Span &s : current) {
            if (s.end <= c.first || s.first >= c.end)
                continue;
            inside = inside && s.first >= c.first && s.end <= c.end;
            place = place || s.type == kLoc;
            ++pieces;
        }
        if (!inside || !place)
            continue;
        if (pieces == 1) {
            bool whole = false;
            for (const Span &s : current)
                whole = whole || (s.first == c.first && s.end == c.end && s.type == kLoc);
            if (whole)
                continue;
        }
        // "Serbia and Montenegro" is a former country's name, and two countries; "Bosnia and
        // Herzegovina" is one.
        bool twoCountries = false;
        for (int k = c.first + 1; k < c.end - 1; ++k) {
            const QString &w = doc.words[k].lower;
            if (w != QLatin1String("and") && w != QLatin1String("&"))
                continue;
            const QString left = countryOf(doc, c.first, k), right = countryOf(doc, k + 1, c.end);
            twoCountries = twoCountries || (!left.isEmpty() && !right.isEmpty() && left != right);
        }
        if (twoCountries)
            continue;
        write(labels, c.first, c.end, kLoc);
        std::fill(joined.begin() + c.first, joined.begin() + c.end, true);
    }
}

void NameRepair::splitTrailingPlace(const NerDocument &doc, std::vector<quint8> &labels) const
{
    for (const Span &s : NerFeatures::spans(doc, labels)) {
        if ((s.type != kOrg && s.type != kMisc) || s.end - s.first < 2)
            continue;
        // The place must modify a common noun after the name: "... Asia security forum".
        const int next = s.end;
        if (next >= doc.sentenceEnd[s.first] || !lowerCaseWord(doc.words[next]) ||
            !isNounOrAdjective(doc, next))
            continue;
        if (isPlace(doc, s.first, s.end) || isEntry(doc, s.first, s.end, m_worldBodyList))
            continue;
        int placeFirst = -1;
        for (int l : m_placeLists) {
            const int k = matchStart(doc, s.end - 1, l);
            if (k > s.first && (placeFirst < 0 || k < placeFirst))
                placeFirst = k;
        }
        if (placeFirst < 0 || !capitalised(doc.words[placeFirst - 1]) ||
            (placeFirst + 1 == s.end && genericPlaceWord(doc.words[placeFirst])))
            continue;
        // What comes before is a whole name: one the gazetteers know, or one ending in an
        // organisation or meeting word after a word of its own ("Kenya Ports Authority", "Raisina
        // Dialogue"; not "Bank" of "Bank Indonesia").
        const bool known = isEntry(doc, s.first, placeFirst, m_worldBodyList);
        const bool orgEnding =
            placeFirst - s.first >= 2 && (isEntry(doc, placeFirst - 1, placeFirst, m_orgWordList) ||
                                          eventHeadWord(doc.words[placeFirst - 1]));
        if (!known && !orgEnding)
            continue;
        write(labels, s.first, placeFirst, s.type);
        write(labels, placeFirst, s.end, kLoc);
    }
}

void NameRepair::retypeReportSources(const NerDocument &doc, std::vector<quint8> &labels) const
{
    // Verbs whose "by" names the source of a report, and verbs a source is the subject of.
    static const QSet<QString> byVerbs = {
        QStringLiteral("reported"), QStringLiteral("published"), QStringLiteral("broadcast"),
        QStringLiteral("aired"),    QStringLiteral("quoted"),    QStringLiteral("cited"),
        QStringLiteral("obtained"), QStringLiteral("seen"),      QStringLiteral("reviewed"),
        QStringLiteral("revealed"), QStringLiteral("disclosed"), QStringLiteral("interviewed")};
    static const QSet<QString> sourceVerbs = {QStringLiteral("reported"), QStringLiteral("reports"),
                                              QStringLiteral("wrote"),    QStringLiteral("writes"),
                                              QStringLiteral("quoted"),   QStringLiteral("quotes"),
                                              QStringLiteral("cited"),    QStringLiteral("cites")};
    static const QSet<QString> toldVerbs = {QStringLiteral("told"), QStringLiteral("tells"),
                                            QStringLiteral("telling"), QStringLiteral("tell")};
    static const QSet<QString> dashes = {QStringLiteral("-"), QStringLiteral("--"), QString(QChar(0x2014)),
                                         QString(QChar(0x2013))};
    // People who work "at" an organisation; the place a person works at is named otherwise.
    static const QSet<QString> staff = {
        QStringLiteral("analyst"),      QStringLiteral("analysts"),    QStringLiteral("economist"),
        QStringLiteral("economists"),   QStringLiteral("strategist"),  QStringLiteral("strategists"),
        QStringLiteral("researcher"),   QStringLiteral("researchers"), QStringLiteral("executive"),
        QStringLiteral("executives"),   QStringLiteral("spokesman"),   QStringLiteral("spokeswoman"),
        QStringLiteral("spokesperson"), QStringLiteral("employees"),   QStringLiteral("trader"),
        QStringLiteral("traders"),      QStringLiteral("engineers"),   QStringLiteral("scientists")};
    auto lower = [&doc](int i) -> const QString & { return doc.words[i].lower; };
    auto sameWords = [&doc](const Span &x, const Span &y) {
        if (x.end - x.first != y.end - y.first)
            return false;
        for (int k = 0; k < x.end - x.first; ++k)
            if (doc.words[x.first + k].lowerHash != doc.words[y.first + k].lowerHash)
                return false;
        return true;
    };
    const std::vector<Span> all = NerFeatures::spans(doc, labels);
    std::vector<Span> sources;
    for (const Span &s : all) {
        if (s.type != kLoc || isPlace(doc, s.first, s.end))
            continue;
        const int lo = doc.sentenceBegin[s.first], hi = doc.sentenceEnd[s.first];
        int p = s.first - 1;
        if (p >= lo && lower(p) == QLatin1String("the"))
            --p;
        // "by Kiambu police", "by Garissa and Wajir counties": the name modifies a noun and is no
        // source itself.
        int after = s.end;
        while (after + 1 < hi &&
               (lower(after) == QLatin1String("and") || lower(after) == QLatin1String("or") ||
                lower(after) == QLatin1String(",")) &&
               capitalised(doc.words[after + 1])) {
            after += 2;
            while (after < hi && capitalised(doc.words[after]))
                ++after;
        }
        const bool modifier = after < hi && lowerCaseWord(doc.words[after]) &&
                              isNounOrAdjective(doc, after) && !sourceVerbs.contains(lower(after));
        bool source = false;
        if (!modifier && p - 1 >= lo && lower(p) == QLatin1String("by") && byVerbs.contains(lower(p - 1)))
            source = true;
        else if (!modifier && p - 1 >= lo && lower(p) == QLatin1String("to") &&
                 lower(p - 1) == QLatin1String("according"))
            source = true;
        else if (!modifier && p >= lo && toldVerbs.contains(lower(p)))
            source = true;
        else if (s.end < hi && sourceVerbs.contains(lower(s.end)) && !(p >= lo && isPreposition(doc, p)))
            source = true; // "Kyodo reported", not "in the valley reported"
        else if (s.first - 1 >= lo && lower(s.first - 1) == QLatin1String("(") && s.end + 1 < hi &&
                 lower(s.end) == QLatin1String(")") && dashes.contains(lower(s.end + 1)))
            source = true; // the agency of a dateline: "OSLO, May 3 (Nordic Wire) — ..."
        else if (!modifier && p - 1 >= lo && lower(p) == QLatin1String("at") && staff.contains(lower(p - 1)))
            source = true; // "analysts at Handelsbanken", not "talks at Namanga"
        if (source)
            sources.push_back(s);
    }
    if (sources.empty())
        return;
    // The document names one thing one way: the source's other mentions are the organisation too.
    // (The sources by the hash of their words: a long text has many names and many sources.)
    auto wordsHash = [&doc](const Span &x) {
        quint64 h = quint64(x.end - x.first);
        for (int k = x.first; k < x.end; ++k)
            h = fhash::combine(h, doc.words[k].lowerHash);
        return h;
    };
    std::unordered_multimap<quint64, int> sourceByWords;
    for (int k = 0; k < int(sources.size()); ++k)
        sourceByWords.emplace(wordsHash(sources[k]), k);
    for (const Span &s : all) {
        if (s.type != kLoc)
            continue;
        const auto [from, to] = sourceByWords.equal_range(wordsHash(s));
        for (auto it = from; it != to; ++it)
            if (sameWords(s, sources[it->second])) {
                write(labels, s.first, s.end, kOrg);
                break;
            }
    }
}

} // namespace al
