#pragma once

#include "analysis.h"

#include <QAbstractTableModel>
#include <QHash>

namespace al {

// The relations of an analysis as a table: source actor, relation, target actor, and the
// sentence that says so. setActorFilter() narrows it to the relations of one actor. The
// relation column says "not" when a negated relation's label does not ("not meet", but
// "declined to meet" as written). Read-only; reset by setAnalysis().
class RelationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RelationIdRole = Qt::UserRole + 1,
        SourceIdRole,
        TargetIdRole,
        EvidenceStartRole, // the relation phrase in the text
        EvidenceEndRole,
        NegatedRole,
        KindRole,
    };
    enum Column { SourceColumn, RelationColumn, TargetColumn, EvidenceColumn, ColumnCount };

    explicit RelationModel(QObject *parent = nullptr);

    void setAnalysis(const Analysis &analysis);
    void clear();
    // Only the relations with this actor at either end; empty shows them all.
    void setActorFilter(const QString &actorId);
    QString actorFilter() const { return m_filter; }
    const Relation *relation(int row) const;
    // How a relation reads: its label, with "not" when negated and the label does not say so.
    static QString displayLabel(const Relation &relation);
    // The sentence of a relation, whitespace simplified.
    QString evidenceSentence(const Relation &relation) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString nameOf(const QString &actorId) const;

    Analysis m_analysis;
    QHash<QString, QString> m_names; // actor id → name
    QString m_filter;
    QVector<int> m_rows; // indices into m_analysis.relations
};

} // namespace al
