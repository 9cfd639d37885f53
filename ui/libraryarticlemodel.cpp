#include "libraryarticlemodel.h"

#include <QLocale>

namespace al {

LibraryArticleModel::LibraryArticleModel(QObject *parent) : QAbstractTableModel(parent) {}

void LibraryArticleModel::setArticles(const QVector<LibraryArticle> &articles)
{
    beginResetModel();
    m_articles = articles;
    endResetModel();
}

const LibraryArticle *LibraryArticleModel::article(int row) const
{
    return row >= 0 && row < m_articles.size() ? &m_articles[row] : nullptr;
}

int LibraryArticleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int LibraryArticleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryArticleModel::data(const QModelIndex &index, int role) const
{
    const LibraryArticle *a = article(index.row());
    if (!a)
        return {};
    if (role == IdRole)
        return a->id;
    if (role == PathRole)
        return a->path;
    if (role == Qt::ToolTipRole)
        return tr("%1\n%2\n%3 words · %4 actors · %5 events")
            .arg(a->title, a->path)
            .arg(a->words)
            .arg(a->actorCount)
            .arg(a->eventCount);
    if (role == Qt::TextAlignmentRole && index.column() == Events)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const bool display = role == Qt::DisplayRole;
    if (!display && role != SortRole)
        return {};
    switch (index.column()) {
    case Date:
        if (!display)
            return a->date.isValid() ? QVariant(a->date.startOfDay()) : QVariant(QDateTime());
        return a->date.isValid() ? QLocale().toString(a->date, QStringLiteral("d MMM yyyy")) : QString();
    case Title: return a->title;
    case Source: return a->source;
    case Actors: return a->actors.join(QStringLiteral(", "));
    case Events: return display ? QVariant(QString::number(a->eventCount)) : QVariant(a->eventCount);
    default: return {};
    }
}

QVariant LibraryArticleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Title: return tr("Title");
    case Source: return tr("Source");
    case Actors: return tr("Actors");
    case Events: return tr("Events");
    default: return {};
    }
}

} // namespace al
