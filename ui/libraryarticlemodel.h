#pragma once

#include "libraryrecords.h"

#include <QAbstractTableModel>

namespace al {

// The library's articles as a table: date, title, source, actors (the main ones), events.
// Sorting uses the raw values (dates as dates, counts as numbers) through Qt::UserRole.
class LibraryArticleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Title, Source, Actors, Events, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PathRole = Qt::UserRole + 2;

    explicit LibraryArticleModel(QObject *parent = nullptr);

    void setArticles(const QVector<LibraryArticle> &articles);
    const QVector<LibraryArticle> &articles() const { return m_articles; }
    const LibraryArticle *article(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<LibraryArticle> m_articles;
};

} // namespace al
