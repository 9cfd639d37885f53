#include "relationmodel.h"

#include <QFont>
#include <QSet>

namespace al {

RelationModel::RelationModel(QObject *parent) : QAbstractTableModel(parent) {}

void RelationModel::setAnalysis(const Analysis &analysis)
{
    beginResetModel();
    m_analysis = analysis;
    m_analysis.tokens = {}; // not needed here; an article can have many (clear() would allocate as many)
    m_names.clear();
    for (const Actor &a : std::as_const(m_analysis.actors))
        m_names.insert(a.id, a.name);
    if (!m_filter.isEmpty() && !m_names.contains(m_filter))
        m_filter.clear();
    rebuild();
    endResetModel();
}

void RelationModel::clear()
{
    setAnalysis(Analysis());
}

void RelationModel::setActorFilter(const QString &actorId)
{
    if (actorId == m_filter)
        return;
    beginResetModel();
    m_filter = actorId;
    rebuild();
    endResetModel();
}

void RelationModel::rebuild()
{
    m_rows.clear();
    // One row per thing said: the same relation found twice in one sentence (by two of the
    // extractor's rules, say) reads as one row, not two identical ones.
    QSet<QString> seen;
    for (int i = 0; i < m_analysis.relations.size(); ++i) {
        const Relation &r = m_analysis.relations[i];
        if (!m_filter.isEmpty() && r.source != m_filter && r.target != m_filter)
            continue;
        const QString key =
            QStringList{r.source, displayLabel(r), r.target, QString::number(r.sentence)}.join(QChar(0x1f));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        m_rows << i;
    }
}

const Relation *RelationModel::relation(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_analysis.relations[m_rows[row]] : nullptr;
}

QString RelationModel::displayLabel(const Relation &r)
{
    if (!r.negated)
        return r.label;
    for (const char *w : {"not", "never", "declin", "refus", "fail", "reject"})
        if (r.label.contains(QLatin1String(w)))
            return r.label;
    return QStringLiteral("not ") + r.label;
}

QString RelationModel::evidenceSentence(const Relation &r) const
{
    if (r.sentence >= 0 && r.sentence < m_analysis.sentences.size()) {
        const Sentence &s = m_analysis.sentences[r.sentence];
        return m_analysis.text.mid(s.start, s.end - s.start).simplified();
    }
    return m_analysis.text.mid(r.start, r.end - r.start).simplified();
}

QString RelationModel::nameOf(const QString &actorId) const
{
    return m_names.value(actorId, actorId);
}

int RelationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RelationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelationModel::data(const QModelIndex &index, int role) const
{
    const Relation *r = index.isValid() ? relation(index.row()) : nullptr;
    if (!r)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case SourceColumn: return nameOf(r->source);
        case RelationColumn: return displayLabel(*r);
        case TargetColumn: return nameOf(r->target);
        case EvidenceColumn: return evidenceSentence(*r);
        }
        return QVariant();
    case Qt::ToolTipRole: {
        // The sentence with the relation phrase in bold.
        QString sentence;
        if (r->sentence >= 0 && r->sentence < m_analysis.sentences.size()) {
            const Sentence &s = m_analysis.sentences[r->sentence];
            if (r->start >= s.start && r->end <= s.end)
                sentence =
                    m_analysis.text.mid(s.start, r->start - s.start).toHtmlEscaped() + QStringLiteral("<b>") +
                    m_analysis.text.mid(r->start, r->end - r->start).toHtmlEscaped() +
                    QStringLiteral("</b>") + m_analysis.text.mid(r->end, s.end - r->end).toHtmlEscaped();
        }
        if (sentence.isEmpty())
            sentence = evidenceSentence(*r).toHtmlEscaped();
        return QStringLiteral("<p><b>%1</b> %2 <b>%3</b> <i>(%4)</i></p><p>%5</p>")
            .arg(nameOf(r->source).toHtmlEscaped(), displayLabel(*r).toHtmlEscaped(),
                 nameOf(r->target).toHtmlEscaped(), r->kind.toHtmlEscaped(), sentence);
    }
    case Qt::FontRole:
        if (index.column() == RelationColumn) {
            QFont f;
            f.setItalic(r->negated);
            return f;
        }
        return QVariant();
    case RelationIdRole: return r->id;
    case SourceIdRole: return r->source;
    case TargetIdRole: return r->target;
    case EvidenceStartRole: return r->start;
    case EvidenceEndRole: return r->end;
    case NegatedRole: return r->negated;
    case KindRole: return r->kind;
    default: return QVariant();
    }
}

QVariant RelationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SourceColumn: return tr("Actor");
    case RelationColumn: return tr("Relation");
    case TargetColumn: return tr("Actor");
    case EvidenceColumn: return tr("Evidence");
    }
    return QVariant();
}

} // namespace al
