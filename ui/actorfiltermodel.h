#pragma once

#include <QSortFilterProxyModel>

namespace al {

// The sorting and filtering of the actor tree: the filter text matches an actor's name,
// aliases, roles or affiliation (ActorModel::SearchRole, case-insensitive, any order of words);
// a group stays while one of its actors matches. Actors sort by name or by mentions; the groups
// keep their fixed order (People, Organisations, Places, Other) whichever way the actors sort.
class ActorFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActorFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
};

} // namespace al
