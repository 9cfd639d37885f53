#include "actorfiltermodel.h"

#include "actormodel.h"

namespace al {

ActorFilterModel::ActorFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ActorFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool ActorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString hay = idx.data(ActorModel::SearchRole).toString();
    if (hay.isEmpty())
        return false; // a group: kept by recursive filtering when a child matches
    for (const QString &w : m_words)
        if (!hay.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

bool ActorFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!left.parent().isValid()) {
        // Groups: always People, Organisations, Places, Other.
        const bool asc = sortOrder() == Qt::AscendingOrder;
        const int l = left.data(ActorModel::GroupOrderRole).toInt();
        const int r = right.data(ActorModel::GroupOrderRole).toInt();
        return asc ? l < r : l > r;
    }
    // The model's own numbers: thousands of actors sort without a QVariant or a collation each.
    const auto *model = qobject_cast<const ActorModel *>(sourceModel());
    if (!model)
        return QSortFilterProxyModel::lessThan(left, right);
    if (left.column() == ActorModel::MentionsColumn) {
        const int l = model->mentionsAt(left);
        const int r = model->mentionsAt(right);
        if (l != r)
            return l < r;
        // Ties: by name, A first whichever way the counts sort.
        const int c = model->nameOrderAt(left) - model->nameOrderAt(right);
        return sortOrder() == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return model->nameOrderAt(left) < model->nameOrderAt(right);
}

} // namespace al
